import ZStackSDK

/// The server side of ``RevokeResourceSharing``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/accounts/resources/actions`, asynchronous.
nonisolated enum RevokeResourceSharingServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: RevokeResourceSharing.operation, bodyWrapper: "revokeResourceSharing") { call in
            let request = try call.decodeBody(wrapper: "revokeResourceSharing") { body in
                let resourceUuids = try body.wrappedField([String].self, "resourceUuids")
                let toPublic = try body.wrappedField(Bool.self, "toPublic")
                let accountUuids = try body.wrappedField([String].self, "accountUuids")
                let all = try body.wrappedField(Bool.self, "all")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return RevokeResourceSharing.Request(
                    resourceUuids: try call.required(resourceUuids, .bodyField("revokeResourceSharing.resourceUuids")),
                    toPublic: toPublic,
                    accountUuids: accountUuids,
                    all: all,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.revokeResourceSharing(request) }
        }
    }
}
