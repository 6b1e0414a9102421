public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateVolumeSnapshotGroup``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createVolumeSnapshotGroupExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "eb6793840fa63d11e2505014cadcc4c6",
            "snapshotCount": 1,
            "name": "name",
            "description": "description",
            "vmInstanceUuid": "f0a7f2f75105920dd38a3eb562296fd6",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "volumeSnapshotRefs": [
              {
                "volumeSnapshotUuid": "df46270a28b9fb7fca78e8216a3ca4e3",
                "volumeSnapshotGroupUuid": "4267fde04fcef6a100931a3a180c947b",
                "deviceId": 1,
                "snapshotDeleted": true,
                "volumeUuid": "c0eb4b14c7311f5b564bf3c84aca029f",
                "volumeName": "volumeName",
                "volumeType": "volumeType",
                "volumeSnapshotInstallPath": "volumeSnapshotInstallPath",
                "volumeSnapshotName": "volumeSnapshotName",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
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
    public func createVolumeSnapshotGroup(
        _ request: CreateVolumeSnapshotGroup.Request
    ) async throws -> CreateVolumeSnapshotGroup.Response {
        try Self.example(CreateVolumeSnapshotGroup.Response.self, json: Self.createVolumeSnapshotGroupExample)
    }
}
