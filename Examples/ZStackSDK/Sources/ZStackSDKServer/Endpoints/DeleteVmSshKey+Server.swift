import ZStackSDK

/// The server side of ``DeleteVmSshKey``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/vm-instances/{uuid}/ssh-keys`, asynchronous.
nonisolated enum DeleteVmSshKeyServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteVmSshKey.operation, bodyWrapper: nil) { call in
            let request = DeleteVmSshKey.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deleteVmSshKey(request) }
        }
    }
}
