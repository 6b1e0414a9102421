public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateVolumeSnapshot``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateVolumeSnapshotExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "93b25a16a851546ec427f5f05b5bf449",
            "name": "name",
            "description": "description",
            "type": "type",
            "volumeUuid": "b3716588491e2916842fdb2ddbb0d86f",
            "treeUuid": "672378e5a760a376224612b55dd1a988",
            "parentUuid": "b4f993c13b04175cb59702d43d4e6052",
            "primaryStorageUuid": "1368ca3f68f28e6b396c804f3b801694",
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
                "volumeSnapshotUuid": "88fbfa0687fec43cccee1d04481f2950",
                "backupStorageUuid": "774dd6ec51c30f685f8015e25357b08e",
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
    public func updateVolumeSnapshot(
        _ request: UpdateVolumeSnapshot.Request
    ) async throws -> UpdateVolumeSnapshot.Response {
        try Self.example(UpdateVolumeSnapshot.Response.self, json: Self.updateVolumeSnapshotExample)
    }
}
