import ZStackSDK

/// The server side of ``AttachPoliciesToUser``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/accounts/users/{userUuid}/policy-collection`, asynchronous.
nonisolated enum AttachPoliciesToUserServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AttachPoliciesToUser.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let policyUuids = try body.wrappedField([String].self, "policyUuids")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return AttachPoliciesToUser.Request(
                    userUuid: try call.pathParameter("userUuid", as: String.self),
                    policyUuids: try call.required(policyUuids, .bodyField("params.policyUuids")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.attachPoliciesToUser(request) }
        }
    }
}
