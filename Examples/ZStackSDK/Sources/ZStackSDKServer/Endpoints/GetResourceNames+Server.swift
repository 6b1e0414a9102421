import ZStackSDK

/// The server side of ``GetResourceNames``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/resources/names`, synchronous.
nonisolated enum GetResourceNamesServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetResourceNames.operation, bodyWrapper: nil) { call in
            let request = GetResourceNames.Request(
                uuids: try call.required(try call.queryParameters("uuids", as: String.self), .queryParameter("uuids")),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getResourceNames(request) }
        }
    }
}
