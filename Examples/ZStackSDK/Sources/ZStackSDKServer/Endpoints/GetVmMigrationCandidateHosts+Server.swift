import ZStackSDK

/// The server side of ``GetVmMigrationCandidateHosts``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/vm-instances/{vmInstanceUuid}/migration-target-hosts`, synchronous.
nonisolated enum GetVmMigrationCandidateHostsServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetVmMigrationCandidateHosts.operation, bodyWrapper: nil) { call in
            let request = GetVmMigrationCandidateHosts.Request(
                vmInstanceUuid: try call.pathParameter("vmInstanceUuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getVmMigrationCandidateHosts(request) }
        }
    }
}
