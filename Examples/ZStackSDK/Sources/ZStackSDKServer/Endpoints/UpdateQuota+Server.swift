import ZStackSDK

/// The server side of ``UpdateQuota``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/accounts/quotas/actions`, asynchronous.
nonisolated enum UpdateQuotaServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateQuota.operation, bodyWrapper: "updateQuota") { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateQuota.Request(
                identityUuid: try call.required(body.wrapped?.identityUuid, .bodyField("updateQuota.identityUuid")),
                name: try call.required(body.wrapped?.name, .bodyField("updateQuota.name")),
                value: try call.required(body.wrapped?.value, .bodyField("updateQuota.value")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.updateQuota(request) }
        }
    }

    /// The JSON body of a request: `{"updateQuota": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "updateQuota"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var identityUuid: String?
            var name: String?
            var value: Int64?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case identityUuid = "identityUuid"
                case name = "name"
                case value = "value"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
