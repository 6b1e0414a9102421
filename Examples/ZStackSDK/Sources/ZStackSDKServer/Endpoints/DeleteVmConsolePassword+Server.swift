import ZStackSDK

/// The server side of ``DeleteVmConsolePassword``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/vm-instances/{uuid}/console-password`, asynchronous.
nonisolated enum DeleteVmConsolePasswordServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteVmConsolePassword.operation, bodyWrapper: nil) { call in
            let request = DeleteVmConsolePassword.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deleteVmConsolePassword(request) }
        }
    }
}
