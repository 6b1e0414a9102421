import ZStackSDK

/// The server side of ``GetExternalServices``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/external/services`, synchronous.
nonisolated enum GetExternalServicesServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetExternalServices.operation, bodyWrapper: nil) { call in
            let request = GetExternalServices.Request(
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getExternalServices(request) }
        }
    }
}
