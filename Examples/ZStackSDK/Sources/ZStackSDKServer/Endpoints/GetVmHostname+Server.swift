import ZStackSDK

/// The server side of ``GetVmHostname``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/vm-instances/{uuid}/hostnames`, synchronous.
nonisolated enum GetVmHostnameServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetVmHostname.operation, bodyWrapper: nil) { call in
            let request = GetVmHostname.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getVmHostname(request) }
        }
    }
}
