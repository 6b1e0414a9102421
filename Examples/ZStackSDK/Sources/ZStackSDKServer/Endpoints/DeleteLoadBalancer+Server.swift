import ZStackSDK

/// The server side of ``DeleteLoadBalancer``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/load-balancers/{uuid}`, asynchronous.
nonisolated enum DeleteLoadBalancerServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteLoadBalancer.operation, bodyWrapper: nil) { call in
            let request = DeleteLoadBalancer.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                deleteMode: try call.queryParameter("deleteMode", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deleteLoadBalancer(request) }
        }
    }
}
