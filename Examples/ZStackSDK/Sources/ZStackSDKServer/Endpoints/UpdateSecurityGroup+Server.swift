import ZStackSDK

/// The server side of ``UpdateSecurityGroup``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/security-groups/{uuid}/actions`, asynchronous.
nonisolated enum UpdateSecurityGroupServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateSecurityGroup.operation, bodyWrapper: "updateSecurityGroup") { call in
            let request = try call.decodeBody(wrapper: "updateSecurityGroup") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdateSecurityGroup.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    name: name,
                    description: description,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updateSecurityGroup(request) }
        }
    }
}
