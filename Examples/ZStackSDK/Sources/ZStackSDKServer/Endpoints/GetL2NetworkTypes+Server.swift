import ZStackSDK

/// The server side of ``GetL2NetworkTypes``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/l2-networks/types`, synchronous.
nonisolated enum GetL2NetworkTypesServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetL2NetworkTypes.operation, bodyWrapper: nil) { call in
            let request = GetL2NetworkTypes.Request(
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getL2NetworkTypes(request) }
        }
    }
}
