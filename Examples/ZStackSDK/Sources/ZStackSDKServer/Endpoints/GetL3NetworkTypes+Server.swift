import ZStackSDK

/// The server side of ``GetL3NetworkTypes``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/l3-networks/types`, synchronous.
nonisolated enum GetL3NetworkTypesServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetL3NetworkTypes.operation, bodyWrapper: nil) { call in
            let request = GetL3NetworkTypes.Request(
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getL3NetworkTypes(request) }
        }
    }
}
