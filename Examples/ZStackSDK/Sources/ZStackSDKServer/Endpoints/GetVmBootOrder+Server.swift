import ZStackSDK

/// The server side of ``GetVmBootOrder``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/vm-instances/{uuid}/boot-orders`, synchronous.
nonisolated enum GetVmBootOrderServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetVmBootOrder.operation, bodyWrapper: nil) { call in
            let request = GetVmBootOrder.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getVmBootOrder(request) }
        }
    }
}
