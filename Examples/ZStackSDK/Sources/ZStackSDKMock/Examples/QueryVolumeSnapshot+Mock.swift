public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryVolumeSnapshot``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryVolumeSnapshotExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "71aa18e37636eae7a4a048387a12f1dc",
              "name": "name",
              "description": "description",
              "type": "type",
              "volumeUuid": "1913070a9e1e9187428b3c8d1320ac6a",
              "treeUuid": "37a924c1d116725feebd1eb0cacf4f1e",
              "parentUuid": "b1f81c6be4ca5a1553ac5fc0f97bd884",
              "primaryStorageUuid": "0423ccea2f57398608a2b0f0d2451134",
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
                  "volumeSnapshotUuid": "df53125e4db36ba7880378b46e0045bc",
                  "backupStorageUuid": "d4a50282f76f5c251704dc8def14f0df",
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
    public func queryVolumeSnapshot(
        _ request: QueryVolumeSnapshot.Request
    ) async throws -> QueryVolumeSnapshot.Response {
        try Self.example(QueryVolumeSnapshot.Response.self, json: Self.queryVolumeSnapshotExample)
    }
}
