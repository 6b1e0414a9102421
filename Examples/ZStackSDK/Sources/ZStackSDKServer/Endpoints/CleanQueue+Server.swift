import ZStackSDK

/// The server side of ``CleanQueue``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/clean/queue`, asynchronous.
nonisolated enum CleanQueueServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CleanQueue.operation, bodyWrapper: "cleanQueue") { call in
            let body = try call.decodeBody(Body.self)
            let request = CleanQueue.Request(
                signatureName: try call.required(body.wrapped?.signatureName, .bodyField("cleanQueue.signatureName")),
                taskIndex: body.wrapped?.taskIndex,
                isCleanUp: body.wrapped?.isCleanUp,
                isRunningTask: body.wrapped?.isRunningTask,
                managementiUuid: body.wrapped?.managementiUuid,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.cleanQueue(request) }
        }
    }

    /// The JSON body of a request: `{"cleanQueue": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "cleanQueue")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let signatureName: String?
            let taskIndex: Int?
            let isCleanUp: Bool?
            let isRunningTask: Bool?
            let managementiUuid: String?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.signatureName = try object.optionalValue(String.self, forKey: "signatureName")
                self.taskIndex = try object.optionalValue(Int.self, forKey: "taskIndex")
                self.isCleanUp = try object.optionalValue(Bool.self, forKey: "isCleanUp")
                self.isRunningTask = try object.optionalValue(Bool.self, forKey: "isRunningTask")
                self.managementiUuid = try object.optionalValue(String.self, forKey: "managementiUuid")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
