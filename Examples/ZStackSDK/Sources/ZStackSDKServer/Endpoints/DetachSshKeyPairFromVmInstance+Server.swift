import ZStackSDK

/// The server side of ``DetachSshKeyPairFromVmInstance``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/ssh-key-pair/{sshKeyPairUuid}/vm-instance/{vmInstanceUuid}`, asynchronous.
nonisolated enum DetachSshKeyPairFromVmInstanceServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DetachSshKeyPairFromVmInstance.operation, bodyWrapper: nil) { call in
            let request = DetachSshKeyPairFromVmInstance.Request(
                vmInstanceUuid: try call.pathParameter("vmInstanceUuid", as: String.self),
                sshKeyPairUuid: try call.pathParameter("sshKeyPairUuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.detachSshKeyPairFromVmInstance(request) }
        }
    }
}
