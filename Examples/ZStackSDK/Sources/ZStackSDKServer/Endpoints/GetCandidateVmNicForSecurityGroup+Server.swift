import ZStackSDK

/// The server side of ``GetCandidateVmNicForSecurityGroup``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/security-groups/{securityGroupUuid}/vm-instances/candidate-nics`, synchronous.
nonisolated enum GetCandidateVmNicForSecurityGroupServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetCandidateVmNicForSecurityGroup.operation, bodyWrapper: nil) { call in
            let request = GetCandidateVmNicForSecurityGroup.Request(
                securityGroupUuid: try call.pathParameter("securityGroupUuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getCandidateVmNicForSecurityGroup(request) }
        }
    }
}
