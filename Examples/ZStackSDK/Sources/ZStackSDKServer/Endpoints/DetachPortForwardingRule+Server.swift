import ZStackSDK

/// The server side of ``DetachPortForwardingRule``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/port-forwarding/{uuid}/vm-instances/nics`, asynchronous.
nonisolated enum DetachPortForwardingRuleServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DetachPortForwardingRule.operation, bodyWrapper: nil) { call in
            let request = DetachPortForwardingRule.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.detachPortForwardingRule(request) }
        }
    }
}
