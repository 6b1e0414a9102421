public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryVolumeSnapshotGroupByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryVolumeSnapshotGroupByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "e61cf0253ae6dff59841bfca22bb8b75",
              "snapshotCount": 1,
              "name": "name",
              "description": "description",
              "vmInstanceUuid": "e7548b8f8d138d25c15a126901f45ae9",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "volumeSnapshotRefs": [
                {
                  "volumeSnapshotUuid": "4668136e6de9c0438288fba0c14e4d98",
                  "volumeSnapshotGroupUuid": "49a666051462d4c1270456089d9e1dcb",
                  "deviceId": 1,
                  "snapshotDeleted": true,
                  "volumeUuid": "3e4b80c0363d3c27815408f4b91ef2b6",
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
    public func queryVolumeSnapshotGroupByUuid(
        _ request: QueryVolumeSnapshotGroupByUuid.Request
    ) async throws -> QueryVolumeSnapshotGroupByUuid.Response {
        try Self.example(QueryVolumeSnapshotGroupByUuid.Response.self, json: Self.queryVolumeSnapshotGroupByUuidExample)
    }
}
