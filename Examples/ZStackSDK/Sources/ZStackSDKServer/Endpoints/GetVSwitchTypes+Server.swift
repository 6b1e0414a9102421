import ZStackSDK

/// The server side of ``GetVSwitchTypes``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/l2-networks/vSwitchTypes`, synchronous.
nonisolated enum GetVSwitchTypesServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetVSwitchTypes.operation, bodyWrapper: nil) { call in
            let request = GetVSwitchTypes.Request(
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getVSwitchTypes(request) }
        }
    }
}
