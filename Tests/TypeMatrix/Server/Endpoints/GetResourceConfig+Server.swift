import MatrixAPI

/// The server side of ``GetResourceConfig``: reads a call's inputs and calls the handler.
///
/// `GET /matrix/v1/resource-configurations/{category}/{name}/{resourceUuid}`, synchronous.
nonisolated enum GetResourceConfigServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: GetResourceConfig.operation, bodyWrapper: nil) { call in
            let request = GetResourceConfig.Request(
                category: try call.pathParameter("category", as: String.self),
                name: try call.pathParameter("name", as: String.self),
                resourceUuid: try call.pathParameter("resourceUuid", as: String.self)
            )
            return { try await handler.getResourceConfig(request) }
        }
    }
}
