import ZStackSDK

/// The server side of ``GetResourceConfigs``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/resource-configurations/{resourceUuid}/{category}`, synchronous.
nonisolated enum GetResourceConfigsServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetResourceConfigs.operation, bodyWrapper: nil) { call in
            let request = GetResourceConfigs.Request(
                category: try call.pathParameter("category", as: String.self),
                resourceUuid: try call.pathParameter("resourceUuid", as: String.self),
                names: try call.required(try call.queryParameters("names", as: String.self), .queryParameter("names")),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getResourceConfigs(request) }
        }
    }
}
