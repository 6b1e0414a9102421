import ZStackSDK

/// The server side of ``CheckVipPortAvailability``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/vips/{vipUuid}/check-port-availability`, synchronous.
nonisolated enum CheckVipPortAvailabilityServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CheckVipPortAvailability.operation, bodyWrapper: nil) { call in
            let request = CheckVipPortAvailability.Request(
                vipUuid: try call.pathParameter("vipUuid", as: String.self),
                port: try call.required(try call.queryParameter("port", as: Int.self), .queryParameter("port")),
                protocolType: try call.required(
                    try call.queryParameter("protocolType", as: CheckVipPortAvailabilityProtocolType.self),
                    .queryParameter("protocolType")
                ),
                limit: try call.queryParameter("limit", as: Int.self),
                start: try call.queryParameter("start", as: Int.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.checkVipPortAvailability(request) }
        }
    }
}
