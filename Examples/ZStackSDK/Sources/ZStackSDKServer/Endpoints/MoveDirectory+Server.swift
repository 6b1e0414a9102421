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
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "moveDirectory"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var targetParentUuid: String?
            var directoryUuid: String?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case targetParentUuid = "targetParentUuid"
                case directoryUuid = "directoryUuid"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
