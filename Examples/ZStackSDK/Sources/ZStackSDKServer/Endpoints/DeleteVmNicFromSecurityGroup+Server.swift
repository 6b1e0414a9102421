import ZStackSDK

/// The server side of ``DeleteVmNicFromSecurityGroup``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/security-groups/{securityGroupUuid}/vm-instances/nics`, asynchronous.
nonisolated enum DeleteVmNicFromSecurityGroupServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DeleteVmNicFromSecurityGroup.operation, bodyWrapper: nil) { call in
            let request = DeleteVmNicFromSecurityGroup.Request(
                securityGroupUuid: try call.pathParameter("securityGroupUuid", as: String.self),
                vmNicUuids: try call.required(
                    try call.queryParameters("vmNicUuids", as: String.self),
                    .queryParameter("vmNicUuids")
                ),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.deleteVmNicFromSecurityGroup(request) }
        }
    }
}
