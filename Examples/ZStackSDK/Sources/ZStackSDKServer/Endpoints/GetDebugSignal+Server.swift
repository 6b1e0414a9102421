import ZStackSDK

/// The server side of ``GetDebugSignal``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/debug`, synchronous.
nonisolated enum GetDebugSignalServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetDebugSignal.operation, bodyWrapper: nil) { call in
            let request = GetDebugSignal.Request(
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getDebugSignal(request) }
        }
    }
}
