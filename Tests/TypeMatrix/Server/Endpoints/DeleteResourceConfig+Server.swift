import MatrixAPI

/// The server side of ``DeleteResourceConfig``: reads a call's inputs and calls the handler.
///
/// `DELETE /matrix/v1/resource-configurations/{resourceUuid}/{category}/{name}`, synchronous.
nonisolated enum DeleteResourceConfigServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: DeleteResourceConfig.operation, bodyWrapper: nil) { call in
            let request = DeleteResourceConfig.Request(
                resourceUuid: try call.pathParameter("resourceUuid", as: String.self),
                category: try call.pathParameter("category", as: String.self),
                name: try call.pathParameter("name", as: String.self)
            )
            return { try await handler.deleteResourceConfig(request) }
        }
    }
}
