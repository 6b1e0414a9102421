import ZStackSDK

/// The server side of ``GetResourceBindableConfigByCategory``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/resource-configurations/bindable/{category}`, synchronous.
nonisolated enum GetResourceBindableConfigByCategoryServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetResourceBindableConfigByCategory.operation, bodyWrapper: nil) { call in
            let request = GetResourceBindableConfigByCategory.Request(
                category: try call.pathParameter("category", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getResourceBindableConfigByCategory(request) }
        }
    }
}
