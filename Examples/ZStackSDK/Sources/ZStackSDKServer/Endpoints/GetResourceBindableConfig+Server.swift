import ZStackSDK

/// The server side of ``GetResourceBindableConfig``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/resource-configurations/bindable`, synchronous.
nonisolated enum GetResourceBindableConfigServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetResourceBindableConfig.operation, bodyWrapper: nil) { call in
            let request = GetResourceBindableConfig.Request(
                category: try call.queryParameter("category", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getResourceBindableConfig(request) }
        }
    }
}
