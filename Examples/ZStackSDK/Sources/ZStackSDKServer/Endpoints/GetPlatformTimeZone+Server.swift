import ZStackSDK

/// The server side of ``GetPlatformTimeZone``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/management-nodes/platform-timezone`, synchronous.
nonisolated enum GetPlatformTimeZoneServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetPlatformTimeZone.operation, bodyWrapper: nil) { call in
            let request = GetPlatformTimeZone.Request(
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getPlatformTimeZone(request) }
        }
    }
}
