public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryVolumeSnapshotGroup``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryVolumeSnapshotGroupExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "3ac50d10a741369d71d327f1103c3c10",
              "snapshotCount": 1,
              "name": "name",
              "description": "description",
              "vmInstanceUuid": "c9898cc6029663e163de3092de5c2c30",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "volumeSnapshotRefs": [
                {
                  "volumeSnapshotUuid": "fed7620b4860b3eb34992198682ccba9",
                  "volumeSnapshotGroupUuid": "b9610a226d23c62d0ae76fe3a40684a1",
                  "deviceId": 1,
                  "snapshotDeleted": true,
                  "volumeUuid": "2bb28d285c72049fb41e71747dda1328",
                  "volumeName": "volumeName",
                  "volumeType": "volumeType",
                  "volumeSnapshotInstallPath": "volumeSnapshotInstallPath",
                  "volumeSnapshotName": "volumeSnapshotName",
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM"
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
    public func queryVolumeSnapshotGroup(
        _ request: QueryVolumeSnapshotGroup.Request
    ) async throws -> QueryVolumeSnapshotGroup.Response {
        try Self.example(QueryVolumeSnapshotGroup.Response.self, json: Self.queryVolumeSnapshotGroupExample)
    }
}
