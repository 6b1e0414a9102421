import ZStackSDK

/// The server side of ``AddVmNicToSecurityGroup``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/security-groups/{securityGroupUuid}/vm-instances/nics`, asynchronous.
nonisolated enum AddVmNicToSecurityGroupServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AddVmNicToSecurityGroup.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let vmNicUuids = try body.wrappedField([String].self, "vmNicUuids")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return AddVmNicToSecurityGroup.Request(
                    securityGroupUuid: try call.pathParameter("securityGroupUuid", as: String.self),
                    vmNicUuids: try call.required(vmNicUuids, .bodyField("params.vmNicUuids")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.addVmNicToSecurityGroup(request) }
        }
    }
}
