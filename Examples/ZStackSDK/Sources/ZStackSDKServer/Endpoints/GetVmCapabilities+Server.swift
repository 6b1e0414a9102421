import ZStackSDK

/// The server side of ``GetVmCapabilities``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/vm-instances/{uuid}/capabilities`, synchronous.
nonisolated enum GetVmCapabilitiesServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetVmCapabilities.operation, bodyWrapper: nil) { call in
            let request = GetVmCapabilities.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getVmCapabilities(request) }
        }
    }
}
