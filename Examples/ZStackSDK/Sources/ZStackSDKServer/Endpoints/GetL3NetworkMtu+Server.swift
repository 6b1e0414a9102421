import ZStackSDK

/// The server side of ``GetL3NetworkMtu``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/l3-networks/{l3NetworkUuid}/mtu`, synchronous.
nonisolated enum GetL3NetworkMtuServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetL3NetworkMtu.operation, bodyWrapper: nil) { call in
            let request = GetL3NetworkMtu.Request(
                l3NetworkUuid: try call.pathParameter("l3NetworkUuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getL3NetworkMtu(request) }
        }
    }
}
