import ZStackSDK

/// The server side of ``GetCandidateBackupStorageForCreatingImage``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/images/candidate-backup-storage`, synchronous.
nonisolated enum GetCandidateBackupStorageForCreatingImageServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetCandidateBackupStorageForCreatingImage.operation, bodyWrapper: nil) { call in
            let request = GetCandidateBackupStorageForCreatingImage.Request(
                volumeUuid: try call.queryParameter("volumeUuid", as: String.self),
                volumeSnapshotUuid: try call.queryParameter("volumeSnapshotUuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getCandidateBackupStorageForCreatingImage(request) }
        }
    }
}
