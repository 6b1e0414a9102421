import ZStackSDK

/// The server side of ``GetGuestOsMetadata``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/guest-os/metadata`, synchronous.
nonisolated enum GetGuestOsMetadataServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetGuestOsMetadata.operation, bodyWrapper: nil) { call in
            let request = GetGuestOsMetadata.Request(
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getGuestOsMetadata(request) }
        }
    }
}
