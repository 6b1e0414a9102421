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
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "updateQuota")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let identityUuid: String?
            let name: String?
            let value: Int64?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.identityUuid = try object.optionalValue(String.self, forKey: "identityUuid")
                self.name = try object.optionalValue(String.self, forKey: "name")
                self.value = try object.optionalValue(Int64.self, forKey: "value")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
