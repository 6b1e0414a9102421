import ZStackSDK

/// The server side of ``GetCandidateVmForAttachingIso``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/images/iso/{isoUuid}/vm-candidates`, synchronous.
nonisolated enum GetCandidateVmForAttachingIsoServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetCandidateVmForAttachingIso.operation, bodyWrapper: nil) { call in
            let request = GetCandidateVmForAttachingIso.Request(
                isoUuid: try call.pathParameter("isoUuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getCandidateVmForAttachingIso(request) }
        }
    }
}
