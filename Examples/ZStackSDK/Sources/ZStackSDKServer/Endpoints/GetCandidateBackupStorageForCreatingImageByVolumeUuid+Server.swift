import ZStackSDK

/// The server side of ``GetCandidateBackupStorageForCreatingImageByVolumeUuid``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/images/volumes/{volumeUuid}/candidate-backup-storage`, synchronous.
nonisolated enum GetCandidateBackupStorageForCreatingImageByVolumeUuidServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: GetCandidateBackupStorageForCreatingImageByVolumeUuid.operation,
            bodyWrapper: nil
        ) { call in
            let request = GetCandidateBackupStorageForCreatingImageByVolumeUuid.Request(
                volumeUuid: try call.pathParameter("volumeUuid", as: String.self),
                volumeSnapshotUuid: try call.queryParameter("volumeSnapshotUuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getCandidateBackupStorageForCreatingImageByVolumeUuid(request) }
        }
    }
}
