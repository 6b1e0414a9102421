import ZStackSDK

/// The server side of ``RevokeResourceSharing``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/accounts/resources/actions`, asynchronous.
nonisolated enum RevokeResourceSharingServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: RevokeResourceSharing.operation, bodyWrapper: "revokeResourceSharing") { call in
            let body = try call.decodeBody(Body.self)
            let request = RevokeResourceSharing.Request(
                resourceUuids: try call.required(
                    body.wrapped?.resourceUuids,
                    .bodyField("revokeResourceSharing.resourceUuids")
                ),
                toPublic: body.wrapped?.toPublic,
                accountUuids: body.wrapped?.accountUuids,
                all: body.wrapped?.all,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.revokeResourceSharing(request) }
        }
    }

    /// The JSON body of a request: `{"revokeResourceSharing": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "revokeResourceSharing"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var resourceUuids: [String]?
            var toPublic: Bool?
            var accountUuids: [String]?
            var all: Bool?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case resourceUuids = "resourceUuids"
                case toPublic = "toPublic"
                case accountUuids = "accountUuids"
                case all = "all"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
