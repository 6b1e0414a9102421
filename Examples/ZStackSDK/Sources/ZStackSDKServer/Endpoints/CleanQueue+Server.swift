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
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "cleanQueue"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var signatureName: String?
            var taskIndex: Int?
            var isCleanUp: Bool?
            var isRunningTask: Bool?
            var managementiUuid: String?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case signatureName = "signatureName"
                case taskIndex = "taskIndex"
                case isCleanUp = "isCleanUp"
                case isRunningTask = "isRunningTask"
                case managementiUuid = "managementiUuid"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
