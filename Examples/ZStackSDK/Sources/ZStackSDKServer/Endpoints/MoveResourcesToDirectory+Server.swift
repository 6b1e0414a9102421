import ZStackSDK

/// The server side of ``MoveResourcesToDirectory``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/move/resources/directory`, asynchronous.
nonisolated enum MoveResourcesToDirectoryServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: MoveResourcesToDirectory.operation,
            bodyWrapper: "moveResourcesToDirectory"
        ) { call in
            let body = try call.decodeBody(Body.self)
            let request = MoveResourcesToDirectory.Request(
                resourceUuids: try call.required(
                    body.wrapped?.resourceUuids,
                    .bodyField("moveResourcesToDirectory.resourceUuids")
                ),
                directoryUuid: try call.required(
                    body.wrapped?.directoryUuid,
                    .bodyField("moveResourcesToDirectory.directoryUuid")
                ),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.moveResourcesToDirectory(request) }
        }
    }

    /// The JSON body of a request: `{"moveResourcesToDirectory": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "moveResourcesToDirectory"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var resourceUuids: [String]?
            var directoryUuid: String?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case resourceUuids = "resourceUuids"
                case directoryUuid = "directoryUuid"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
