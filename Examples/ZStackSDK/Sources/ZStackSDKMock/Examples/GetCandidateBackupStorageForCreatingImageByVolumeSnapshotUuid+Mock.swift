public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetCandidateBackupStorageForCreatingImageByVolumeSnapshotUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getCandidateBackupStorageForCreatingImageByVolumeSnapshotUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "9e5ed2820a6114825c4ad3e313a7a890",
              "name": "name",
              "url": "url",
              "description": "description",
              "totalCapacity": 1,
              "availableCapacity": 1,
              "type": "type",
              "state": "state",
              "status": "status",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "attachedZoneUuids": [
                "attachedZoneUuids"
              ]
            }
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getCandidateBackupStorageForCreatingImageByVolumeSnapshotUuid(
        _ request: GetCandidateBackupStorageForCreatingImageByVolumeSnapshotUuid.Request
    ) async throws -> GetCandidateBackupStorageForCreatingImageByVolumeSnapshotUuid.Response {
        try Self.example(GetCandidateBackupStorageForCreatingImageByVolumeSnapshotUuid.Response.self, json: Self.getCandidateBackupStorageForCreatingImageByVolumeSnapshotUuidExample)
    }
}
