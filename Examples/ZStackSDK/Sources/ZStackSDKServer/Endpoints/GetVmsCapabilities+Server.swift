import ZStackSDK

/// The server side of ``GetVmsCapabilities``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/vm-instances/capabilities`, synchronous.
nonisolated enum GetVmsCapabilitiesServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetVmsCapabilities.operation, bodyWrapper: nil) { call in
            let request = GetVmsCapabilities.Request(
                vmUuids: try call.required(
                    try call.queryParameters("vmUuids", as: String.self),
                    .queryParameter("vmUuids")
                ),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getVmsCapabilities(request) }
        }
    }
}
