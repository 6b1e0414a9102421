import ZStackSDK

/// The server side of ``GetNetworkServiceTypes``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/network-services/types`, synchronous.
nonisolated enum GetNetworkServiceTypesServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetNetworkServiceTypes.operation, bodyWrapper: nil) { call in
            let request = GetNetworkServiceTypes.Request(
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getNetworkServiceTypes(request) }
        }
    }
}
