import ZStackSDK

/// The server side of ``IsReadyToGo``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/management-nodes/ready`, synchronous.
nonisolated enum IsReadyToGoServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: IsReadyToGo.operation, bodyWrapper: nil) { call in
            let request = IsReadyToGo.Request(
                managementNodeId: try call.queryParameter("managementNodeId", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.isReadyToGo(request) }
        }
    }
}
