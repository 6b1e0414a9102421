import ZStackSDK

/// The server side of ``GetVipUsedPorts``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/vips/{uuid}/usedports`, synchronous.
nonisolated enum GetVipUsedPortsServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetVipUsedPorts.operation, bodyWrapper: nil) { call in
            let request = GetVipUsedPorts.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                protocol: try call.required(
                    try call.queryParameter("protocol", as: GetVipUsedPortsProtocolValue.self),
                    .queryParameter("protocol")
                ),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getVipUsedPorts(request) }
        }
    }
}
