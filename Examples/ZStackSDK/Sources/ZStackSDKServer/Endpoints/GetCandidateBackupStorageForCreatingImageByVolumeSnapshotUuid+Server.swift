import ZStackSDK

/// The server side of ``GetCandidateBackupStorageForCreatingImageByVolumeSnapshotUuid``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/images/volume-snapshots/{volumeSnapshotUuid}/candidate-backup-storage`, synchronous.
nonisolated enum GetCandidateBackupStorageForCreatingImageByVolumeSnapshotUuidServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: GetCandidateBackupStorageForCreatingImageByVolumeSnapshotUuid.operation,
            bodyWrapper: nil
        ) { call in
            let request = GetCandidateBackupStorageForCreatingImageByVolumeSnapshotUuid.Request(
                volumeSnapshotUuid: try call.pathParameter("volumeSnapshotUuid", as: String.self),
                volumeUuid: try call.queryParameter("volumeUuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getCandidateBackupStorageForCreatingImageByVolumeSnapshotUuid(request) }
        }
    }
}
