import ZStackSDK

/// The server side of ``AttachSshKeyPairToVmInstance``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/ssh-key-pair/{sshKeyPairUuid}/vm-instance/{vmInstanceUuid}`, asynchronous.
nonisolated enum AttachSshKeyPairToVmInstanceServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AttachSshKeyPairToVmInstance.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return AttachSshKeyPairToVmInstance.Request(
                    vmInstanceUuid: try call.pathParameter("vmInstanceUuid", as: String.self),
                    sshKeyPairUuid: try call.pathParameter("sshKeyPairUuid", as: String.self),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.attachSshKeyPairToVmInstance(request) }
        }
    }
}
