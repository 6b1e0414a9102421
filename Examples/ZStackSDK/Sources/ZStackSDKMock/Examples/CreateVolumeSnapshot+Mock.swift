public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateVolumeSnapshot``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createVolumeSnapshotExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "c17295cb068d588dc1705f2e9ea660cf",
            "name": "name",
            "description": "description",
            "type": "type",
            "volumeUuid": "dbec122ccc3b70695fcb09c16685eeb6",
            "treeUuid": "d150ec3f8c4af2b180189f3efd40422c",
            "parentUuid": "54bc4bbb71d46537db5b1225ffc8f40b",
            "primaryStorageUuid": "8a8a0cf15f78f1509a56432cc823eabe",
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
                "volumeSnapshotUuid": "5ad7e10fee708679667e1f1cb1d65128",
                "backupStorageUuid": "d3e548a4d4a8b42b7d7b8502c51bcb2b",
                "installPath": "installPath"
              }
            ]
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func createVolumeSnapshot(
        _ request: CreateVolumeSnapshot.Request
    ) async throws -> CreateVolumeSnapshot.Response {
        try Self.example(CreateVolumeSnapshot.Response.self, json: Self.createVolumeSnapshotExample)
    }
}
