import ZStackSDK

/// The server side of ``GetAttachablePublicL3ForVRouter``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/vm-instances/appliances/virtual-routers/{vmInstanceUuid}/attachable-public-l3s`, synchronous.
nonisolated enum GetAttachablePublicL3ForVRouterServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetAttachablePublicL3ForVRouter.operation, bodyWrapper: nil) { call in
            let request = GetAttachablePublicL3ForVRouter.Request(
                vmInstanceUuid: try call.pathParameter("vmInstanceUuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getAttachablePublicL3ForVRouter(request) }
        }
    }
}
