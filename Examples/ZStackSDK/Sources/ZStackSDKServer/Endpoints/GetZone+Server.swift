import ZStackSDK

/// The server side of ``GetZone``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/zones/{uuid}/info`, synchronous.
nonisolated enum GetZoneServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetZone.operation, bodyWrapper: nil) { call in
            let request = GetZone.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getZone(request) }
        }
    }
}
