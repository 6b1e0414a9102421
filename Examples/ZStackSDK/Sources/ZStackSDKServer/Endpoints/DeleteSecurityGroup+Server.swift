import ZStackSDK

/// The server side of ``DeleteSecurityGroup``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/security-groups/{uuid}`, asynchronous.
nonisolated enum DeleteSecurityGroupServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteSecurityGroup.operation, bodyWrapper: nil) { call in
            let request = DeleteSecurityGroup.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                deleteMode: try call.queryParameter("deleteMode", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deleteSecurityGroup(request) }
        }
    }
}
