import ZStackSDK

/// The server side of ``GetFreeIp``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/l3-networks/ip/free`, synchronous.
nonisolated enum GetFreeIpServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetFreeIp.operation, bodyWrapper: nil) { call in
            let request = GetFreeIp.Request(
                l3NetworkUuid: try call.queryParameter("l3NetworkUuid", as: String.self),
                ipRangeUuid: try call.queryParameter("ipRangeUuid", as: String.self),
                start: try call.queryParameter("start", as: String.self),
                ipRangeType: try call.queryParameter("ipRangeType", as: GetFreeIpIpRangeType.self),
                ipVersion: try call.queryParameter("ipVersion", as: GetFreeIpIpVersion.self),
                limit: try call.queryParameter("limit", as: Int.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getFreeIp(request) }
        }
    }
}
