import ZStackSDK

/// The server side of ``GetVolumeFormat``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/volumes/formats`, synchronous.
nonisolated enum GetVolumeFormatServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetVolumeFormat.operation, bodyWrapper: nil) { call in
            let request = GetVolumeFormat.Request(
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getVolumeFormat(request) }
        }
    }
}
