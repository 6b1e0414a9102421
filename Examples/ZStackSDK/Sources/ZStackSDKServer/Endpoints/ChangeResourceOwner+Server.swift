import ZStackSDK

/// The server side of ``ChangeResourceOwner``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/account/{accountUuid}/resources`, asynchronous.
nonisolated enum ChangeResourceOwnerServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: ChangeResourceOwner.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = ChangeResourceOwner.Request(
                accountUuid: try call.pathParameter("accountUuid", as: String.self),
                resourceUuid: try call.required(body.wrapped?.resourceUuid, .bodyField("params.resourceUuid")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.changeResourceOwner(request) }
        }
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "params"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var resourceUuid: String?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case resourceUuid = "resourceUuid"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
