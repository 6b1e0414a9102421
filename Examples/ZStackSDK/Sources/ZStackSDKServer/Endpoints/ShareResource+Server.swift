import ZStackSDK

/// The server side of ``ShareResource``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/accounts/resources/actions`, asynchronous.
nonisolated enum ShareResourceServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: ShareResource.operation, bodyWrapper: "shareResource") { call in
            let body = try call.decodeBody(Body.self)
            let request = ShareResource.Request(
                resourceUuids: try call.required(
                    body.wrapped?.resourceUuids,
                    .bodyField("shareResource.resourceUuids")
                ),
                accountUuids: body.wrapped?.accountUuids,
                toPublic: body.wrapped?.toPublic,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.shareResource(request) }
        }
    }

    /// The JSON body of a request: `{"shareResource": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "shareResource"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var resourceUuids: [String]?
            var accountUuids: [String]?
            var toPublic: Bool?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case resourceUuids = "resourceUuids"
                case accountUuids = "accountUuids"
                case toPublic = "toPublic"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
