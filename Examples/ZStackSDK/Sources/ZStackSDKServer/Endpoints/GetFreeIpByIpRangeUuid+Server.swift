import ZStackSDK

/// The server side of ``GetFreeIpByIpRangeUuid``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/l3-networks/ip-ranges/{ipRangeUuid}/ip/free`, synchronous.
nonisolated enum GetFreeIpByIpRangeUuidServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetFreeIpByIpRangeUuid.operation, bodyWrapper: nil) { call in
            let request = GetFreeIpByIpRangeUuid.Request(
                ipRangeUuid: try call.pathParameter("ipRangeUuid", as: String.self),
                l3NetworkUuid: try call.queryParameter("l3NetworkUuid", as: String.self),
                start: try call.queryParameter("start", as: String.self),
                ipRangeType: try call.queryParameter("ipRangeType", as: GetFreeIpByIpRangeUuidIpRangeType.self),
                ipVersion: try call.queryParameter("ipVersion", as: GetFreeIpByIpRangeUuidIpVersion.self),
                limit: try call.queryParameter("limit", as: Int.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getFreeIpByIpRangeUuid(request) }
        }
    }
}
