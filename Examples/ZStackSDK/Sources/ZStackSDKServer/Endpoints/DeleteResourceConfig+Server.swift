import ZStackSDK

/// The server side of ``DeleteResourceConfig``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/resource-configurations/{category}/{name}/{resourceUuid}`, asynchronous.
nonisolated enum DeleteResourceConfigServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteResourceConfig.operation, bodyWrapper: nil) { call in
            let request = DeleteResourceConfig.Request(
                category: try call.pathParameter("category", as: String.self),
                name: try call.pathParameter("name", as: String.self),
                resourceUuid: try call.pathParameter("resourceUuid", as: String.self),
                deleteMode: try call.queryParameter("deleteMode", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deleteResourceConfig(request) }
        }
    }
}
