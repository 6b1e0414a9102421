import ZStackSDK

/// The server side of ``IsOpensourceVersion``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/meta-data/opensource`, synchronous.
nonisolated enum IsOpensourceVersionServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: IsOpensourceVersion.operation, bodyWrapper: nil) { call in
            let request = IsOpensourceVersion.Request(
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.isOpensourceVersion(request) }
        }
    }
}
