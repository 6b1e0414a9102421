import ZStackSDK

/// The server side of ``DeletePortForwardingRule``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/port-forwarding/{uuid}`, asynchronous.
nonisolated enum DeletePortForwardingRuleServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeletePortForwardingRule.operation, bodyWrapper: nil) { call in
            let request = DeletePortForwardingRule.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                deleteMode: try call.queryParameter("deleteMode", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deletePortForwardingRule(request) }
        }
    }
}
