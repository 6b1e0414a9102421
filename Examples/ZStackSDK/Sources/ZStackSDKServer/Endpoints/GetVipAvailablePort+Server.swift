import ZStackSDK

/// The server side of ``GetVipAvailablePort``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/vips/{vipUuid}/get-port-availability`, synchronous.
nonisolated enum GetVipAvailablePortServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetVipAvailablePort.operation, bodyWrapper: nil) { call in
            let request = GetVipAvailablePort.Request(
                vipUuid: try call.pathParameter("vipUuid", as: String.self),
                protocolType: try call.required(
                    try call.queryParameter("protocolType", as: GetVipAvailablePortProtocolType.self),
                    .queryParameter("protocolType")
                ),
                limit: try call.queryParameter("limit", as: Int.self),
                start: try call.queryParameter("start", as: Int.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getVipAvailablePort(request) }
        }
    }
}
