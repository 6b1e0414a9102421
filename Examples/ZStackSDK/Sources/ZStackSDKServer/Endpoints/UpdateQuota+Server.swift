import ZStackSDK

/// The server side of ``UpdateQuota``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/accounts/quotas/actions`, asynchronous.
nonisolated enum UpdateQuotaServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateQuota.operation, bodyWrapper: "updateQuota") { call in
            let request = try call.decodeBody(wrapper: "updateQuota") { body in
                let identityUuid = try body.wrappedField(String.self, "identityUuid")
                let name = try body.wrappedField(String.self, "name")
                let value = try body.wrappedField(Int64.self, "value")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdateQuota.Request(
                    identityUuid: try call.required(identityUuid, .bodyField("updateQuota.identityUuid")),
                    name: try call.required(name, .bodyField("updateQuota.name")),
                    value: try call.required(value, .bodyField("updateQuota.value")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updateQuota(request) }
        }
    }
}
