import ZStackSDK

/// The server side of ``GetVmSshKey``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/vm-instances/{uuid}/ssh-keys`, synchronous.
nonisolated enum GetVmSshKeyServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetVmSshKey.operation, bodyWrapper: nil) { call in
            let request = GetVmSshKey.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getVmSshKey(request) }
        }
    }
}
