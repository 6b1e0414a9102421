import ZStackSDK

/// The server side of ``MoveDirectory``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/move/directory`, asynchronous.
nonisolated enum MoveDirectoryServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: MoveDirectory.operation, bodyWrapper: "moveDirectory") { call in
            let body = try call.decodeBody(Body.self)
            let request = MoveDirectory.Request(
                targetParentUuid: try call.required(
                    body.wrapped?.targetParentUuid,
                    .bodyField("moveDirectory.targetParentUuid")
                ),
                directoryUuid: try call.required(
                    body.wrapped?.directoryUuid,
                    .bodyField("moveDirectory.directoryUuid")
                ),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.moveDirectory(request) }
        }
    }

    /// The JSON body of a request: `{"moveDirectory": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "moveDirectory")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let targetParentUuid: String?
            let directoryUuid: String?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.targetParentUuid = try object.optionalValue(String.self, forKey: "targetParentUuid")
                self.directoryUuid = try object.optionalValue(String.self, forKey: "directoryUuid")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
