import ZStackSDK

/// The server side of ``GetVmConsolePassword``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/vm-instances/{uuid}/console-passwords`, synchronous.
nonisolated enum GetVmConsolePasswordServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetVmConsolePassword.operation, bodyWrapper: nil) { call in
            let request = GetVmConsolePassword.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getVmConsolePassword(request) }
        }
    }
}
