import ZStackSDK

/// The server side of ``GetVolumeCapabilities``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/volumes/{uuid}/capabilities`, synchronous.
nonisolated enum GetVolumeCapabilitiesServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetVolumeCapabilities.operation, bodyWrapper: nil) { call in
            let request = GetVolumeCapabilities.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getVolumeCapabilities(request) }
        }
    }
}
