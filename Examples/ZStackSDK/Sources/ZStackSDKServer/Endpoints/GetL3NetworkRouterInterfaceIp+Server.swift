import ZStackSDK

/// The server side of ``GetL3NetworkRouterInterfaceIp``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/l3-networks/{l3NetworkUuid}/router-interface-ip`, synchronous.
nonisolated enum GetL3NetworkRouterInterfaceIpServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetL3NetworkRouterInterfaceIp.operation, bodyWrapper: nil) { call in
            let request = GetL3NetworkRouterInterfaceIp.Request(
                l3NetworkUuid: try call.pathParameter("l3NetworkUuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getL3NetworkRouterInterfaceIp(request) }
        }
    }
}
