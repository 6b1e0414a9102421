import ZStackSDK

/// The server side of ``SetVmSshKey``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous.
nonisolated enum SetVmSshKeyServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: SetVmSshKey.operation, bodyWrapper: "setVmSshKey") { call in
            let request = try call.decodeBody(wrapper: "setVmSshKey") { body in
                let sshKey = try body.wrappedField(String.self, "SshKey")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return SetVmSshKey.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    sshKey: try call.required(sshKey, .bodyField("setVmSshKey.SshKey")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.setVmSshKey(request) }
        }
    }
}
