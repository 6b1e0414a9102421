import ZStackSDK

/// The server side of ``GetElaborations``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/errorcode/elaborations`, synchronous.
nonisolated enum GetElaborationsServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetElaborations.operation, bodyWrapper: nil) { call in
            let request = GetElaborations.Request(
                category: try call.queryParameter("category", as: String.self),
                regex: try call.queryParameter("regex", as: String.self),
                code: try call.queryParameter("code", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getElaborations(request) }
        }
    }
}
