public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryVolumeSnapshotByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryVolumeSnapshotByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "ca131322e77c017bf8318659d23b8a55",
              "name": "name",
              "description": "description",
              "type": "type",
              "volumeUuid": "c020943ae7abff0be9aca6f515037268",
              "treeUuid": "3b62cc5600893a6f8d493c8dc2c041de",
              "parentUuid": "0f7588338c5963e5c4c5bc9ae7d21f52",
              "primaryStorageUuid": "7702bb73cbf70072f1b9980ea527c7a5",
              "primaryStorageInstallPath": "primaryStorageInstallPath",
              "volumeType": "volumeType",
              "format": "format",
              "latest": true,
              "size": 1,
              "state": "state",
              "status": "status",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "backupStorageRefs": [
                {
                  "volumeSnapshotUuid": "58cffdaf031aa5974b7277a9ede3e49e",
                  "backupStorageUuid": "1baad8831ac68da96f49fce6a90d3d07",
                  "installPath": "installPath"
                }
              ]
            }
          ],
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func queryVolumeSnapshotByUuid(
        _ request: QueryVolumeSnapshotByUuid.Request
    ) async throws -> QueryVolumeSnapshotByUuid.Response {
        try Self.example(QueryVolumeSnapshotByUuid.Response.self, json: Self.queryVolumeSnapshotByUuidExample)
    }
}
