public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateVolumeSnapshotGroup``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateVolumeSnapshotGroupExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "cb92f946a99cf2fcfaf97fbc37a77540",
            "snapshotCount": 1,
            "name": "name",
            "description": "description",
            "vmInstanceUuid": "7a55fd68b6c92568fa0b4c7105b642ae",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "volumeSnapshotRefs": [
              {
                "volumeSnapshotUuid": "28b503ce0661c14abd29b6f782630f5f",
                "volumeSnapshotGroupUuid": "51a69c51baac7fca342c7c0768cd5ee1",
                "deviceId": 1,
                "snapshotDeleted": true,
                "volumeUuid": "a018c5d189c22962561ebf0c9a338f92",
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
    public func updateVolumeSnapshotGroup(
        _ request: UpdateVolumeSnapshotGroup.Request
    ) async throws -> UpdateVolumeSnapshotGroup.Response {
        try Self.example(UpdateVolumeSnapshotGroup.Response.self, json: Self.updateVolumeSnapshotGroupExample)
    }
}
