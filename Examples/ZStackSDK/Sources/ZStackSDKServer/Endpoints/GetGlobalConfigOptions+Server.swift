import ZStackSDK

/// The server side of ``GetGlobalConfigOptions``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/global-configurations/{category}/{name}`, synchronous.
nonisolated enum GetGlobalConfigOptionsServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetGlobalConfigOptions.operation, bodyWrapper: nil) { call in
            let request = GetGlobalConfigOptions.Request(
                category: try call.pathParameter("category", as: String.self),
                name: try call.pathParameter("name", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getGlobalConfigOptions(request) }
        }
    }
}
