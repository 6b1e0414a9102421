import ZStackSDK

/// The server side of ``GetHostNetworkInterfaceLldp``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/hostNetworkInterface/lldp/{interfaceUuid}/info`, synchronous.
nonisolated enum GetHostNetworkInterfaceLldpServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetHostNetworkInterfaceLldp.operation, bodyWrapper: nil) { call in
            let request = GetHostNetworkInterfaceLldp.Request(
                interfaceUuid: try call.pathParameter("interfaceUuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getHostNetworkInterfaceLldp(request) }
        }
    }
}
