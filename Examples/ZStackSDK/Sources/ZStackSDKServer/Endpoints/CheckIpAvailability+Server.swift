import ZStackSDK

/// The server side of ``CheckIpAvailability``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/l3-networks/{l3NetworkUuid}/ip/{ip}/availability`, synchronous.
nonisolated enum CheckIpAvailabilityServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CheckIpAvailability.operation, bodyWrapper: nil) { call in
            let request = CheckIpAvailability.Request(
                l3NetworkUuid: try call.pathParameter("l3NetworkUuid", as: String.self),
                ip: try call.pathParameter("ip", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self),
                arpCheck: try call.queryParameter("arpCheck", as: Bool.self),
                ipRangeCheck: try call.queryParameter("ipRangeCheck", as: Bool.self)
            )
            return { try await handler.checkIpAvailability(request) }
        }
    }
}
