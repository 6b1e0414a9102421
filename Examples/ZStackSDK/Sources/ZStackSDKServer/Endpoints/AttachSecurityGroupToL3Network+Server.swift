import ZStackSDK

/// The server side of ``AttachSecurityGroupToL3Network``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/security-groups/{securityGroupUuid}/l3-networks/{l3NetworkUuid}`, asynchronous.
nonisolated enum AttachSecurityGroupToL3NetworkServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AttachSecurityGroupToL3Network.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return AttachSecurityGroupToL3Network.Request(
                    securityGroupUuid: try call.pathParameter("securityGroupUuid", as: String.self),
                    l3NetworkUuid: try call.pathParameter("l3NetworkUuid", as: String.self),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.attachSecurityGroupToL3Network(request) }
        }
    }
}
