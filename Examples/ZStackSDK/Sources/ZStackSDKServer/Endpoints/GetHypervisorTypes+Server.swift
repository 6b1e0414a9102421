import ZStackSDK

/// The server side of ``GetHypervisorTypes``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/hosts/hypervisor-types`, synchronous.
nonisolated enum GetHypervisorTypesServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetHypervisorTypes.operation, bodyWrapper: nil) { call in
            let request = GetHypervisorTypes.Request(
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getHypervisorTypes(request) }
        }
    }
}
