import ZStackSDK

/// The server side of ``GetSupportedIdentityModels``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/identity-models`, synchronous.
nonisolated enum GetSupportedIdentityModelsServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetSupportedIdentityModels.operation, bodyWrapper: nil) { call in
            let request = GetSupportedIdentityModels.Request(
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getSupportedIdentityModels(request) }
        }
    }
}
