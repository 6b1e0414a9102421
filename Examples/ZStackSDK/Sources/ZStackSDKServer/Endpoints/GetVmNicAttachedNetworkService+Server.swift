import ZStackSDK

/// The server side of ``GetVmNicAttachedNetworkService``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/vm-instances/nics/{vmNicUuid}/attached-networkservices`, synchronous.
nonisolated enum GetVmNicAttachedNetworkServiceServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetVmNicAttachedNetworkService.operation, bodyWrapper: nil) { call in
            let request = GetVmNicAttachedNetworkService.Request(
                vmNicUuid: try call.pathParameter("vmNicUuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getVmNicAttachedNetworkService(request) }
        }
    }
}
