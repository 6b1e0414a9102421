import ZStackSDK

/// The server side of ``GetIpAddressCapacity``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/ip-capacity`, synchronous.
nonisolated enum GetIpAddressCapacityServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetIpAddressCapacity.operation, bodyWrapper: nil) { call in
            let request = GetIpAddressCapacity.Request(
                zoneUuids: try call.queryParameters("zoneUuids", as: String.self),
                l3NetworkUuids: try call.queryParameters("l3NetworkUuids", as: String.self),
                ipRangeUuids: try call.queryParameters("ipRangeUuids", as: String.self),
                all: try call.queryParameter("all", as: Bool.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getIpAddressCapacity(request) }
        }
    }
}
