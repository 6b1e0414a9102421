import ZStackSDK

/// The server side of ``GetResourceConfig``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/resource-configurations/{resourceUuid}/{category}/{name}`, synchronous.
nonisolated enum GetResourceConfigServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetResourceConfig.operation, bodyWrapper: nil) { call in
            let request = GetResourceConfig.Request(
                category: try call.pathParameter("category", as: String.self),
                name: try call.pathParameter("name", as: String.self),
                resourceUuid: try call.pathParameter("resourceUuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getResourceConfig(request) }
        }
    }
}
