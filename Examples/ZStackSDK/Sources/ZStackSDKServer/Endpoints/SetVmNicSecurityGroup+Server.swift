import ZStackSDK

/// The server side of ``SetVmNicSecurityGroup``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/security-groups/nics/{vmNicUuid}/actions`, asynchronous.
nonisolated enum SetVmNicSecurityGroupServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: SetVmNicSecurityGroup.operation, bodyWrapper: "setVmNicSecurityGroup") { call in
            let request = try call.decodeBody(wrapper: "setVmNicSecurityGroup") { body in
                let refs = try body.wrappedField([ZStackJSONValue].self, "refs")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return SetVmNicSecurityGroup.Request(
                    vmNicUuid: try call.pathParameter("vmNicUuid", as: String.self),
                    refs: try call.required(refs, .bodyField("setVmNicSecurityGroup.refs")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.setVmNicSecurityGroup(request) }
        }
    }
}
