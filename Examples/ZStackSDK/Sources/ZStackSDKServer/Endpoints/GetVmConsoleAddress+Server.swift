import ZStackSDK

/// The server side of ``GetVmConsoleAddress``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/vm-instances/{uuid}/console-addresses`, synchronous.
nonisolated enum GetVmConsoleAddressServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetVmConsoleAddress.operation, bodyWrapper: nil) { call in
            let request = GetVmConsoleAddress.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getVmConsoleAddress(request) }
        }
    }
}
