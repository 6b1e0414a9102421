import ZStackSDK

/// The server side of ``GetMemorySnapshotGroupReference``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/memory-snapshots/group/reference`, synchronous.
nonisolated enum GetMemorySnapshotGroupReferenceServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetMemorySnapshotGroupReference.operation, bodyWrapper: nil) { call in
            let request = GetMemorySnapshotGroupReference.Request(
                resourceUuid: try call.required(
                    try call.queryParameter("resourceUuid", as: String.self),
                    .queryParameter("resourceUuid")
                ),
                resourceType: try call.required(
                    try call.queryParameter("resourceType", as: String.self),
                    .queryParameter("resourceType")
                ),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getMemorySnapshotGroupReference(request) }
        }
    }
}
