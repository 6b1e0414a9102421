import ZStackSDK

/// The server side of ``GetCandidateIsoForAttachingVm``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/vm-instances/{vmInstanceUuid}/iso-candidates`, synchronous.
nonisolated enum GetCandidateIsoForAttachingVmServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetCandidateIsoForAttachingVm.operation, bodyWrapper: nil) { call in
            let request = GetCandidateIsoForAttachingVm.Request(
                vmInstanceUuid: try call.pathParameter("vmInstanceUuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getCandidateIsoForAttachingVm(request) }
        }
    }
}
