import ZStackSDK

/// The server side of ``GetPortForwardingAttachableVmNics``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/port-forwarding/{ruleUuid}/vm-instances/candidate-nics`, synchronous.
nonisolated enum GetPortForwardingAttachableVmNicsServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetPortForwardingAttachableVmNics.operation, bodyWrapper: nil) { call in
            let request = GetPortForwardingAttachableVmNics.Request(
                ruleUuid: try call.pathParameter("ruleUuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getPortForwardingAttachableVmNics(request) }
        }
    }
}
