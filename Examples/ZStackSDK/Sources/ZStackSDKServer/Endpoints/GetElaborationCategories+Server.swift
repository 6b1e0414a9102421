import ZStackSDK

/// The server side of ``GetElaborationCategories``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/errorcode/elaborations/categories`, synchronous.
nonisolated enum GetElaborationCategoriesServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetElaborationCategories.operation, bodyWrapper: nil) { call in
            let request = GetElaborationCategories.Request(
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getElaborationCategories(request) }
        }
    }
}
