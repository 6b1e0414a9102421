import ZStackSDK

/// The server side of ``GetFreeIpByL3NetworkUuid``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/l3-networks/{l3NetworkUuid}/ip/free`, synchronous.
nonisolated enum GetFreeIpByL3NetworkUuidServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetFreeIpByL3NetworkUuid.operation, bodyWrapper: nil) { call in
            let request = GetFreeIpByL3NetworkUuid.Request(
                l3NetworkUuid: try call.pathParameter("l3NetworkUuid", as: String.self),
                ipRangeUuid: try call.queryParameter("ipRangeUuid", as: String.self),
                start: try call.queryParameter("start", as: String.self),
                ipRangeType: try call.queryParameter("ipRangeType", as: GetFreeIpByL3NetworkUuidIpRangeType.self),
                ipVersion: try call.queryParameter("ipVersion", as: GetFreeIpByL3NetworkUuidIpVersion.self),
                limit: try call.queryParameter("limit", as: Int.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getFreeIpByL3NetworkUuid(request) }
        }
    }
}
