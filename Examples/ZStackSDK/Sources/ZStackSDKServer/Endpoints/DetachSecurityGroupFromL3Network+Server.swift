import ZStackSDK

/// The server side of ``DetachSecurityGroupFromL3Network``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/security-groups/{securityGroupUuid}/l3-networks/{l3NetworkUuid}`, asynchronous.
nonisolated enum DetachSecurityGroupFromL3NetworkServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DetachSecurityGroupFromL3Network.operation, bodyWrapper: nil) { call in
            let request = DetachSecurityGroupFromL3Network.Request(
                securityGroupUuid: try call.pathParameter("securityGroupUuid", as: String.self),
                l3NetworkUuid: try call.pathParameter("l3NetworkUuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.detachSecurityGroupFromL3Network(request) }
        }
    }
}
