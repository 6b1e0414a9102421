public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateDataVolumeTemplateFromVolumeSnapshot``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createDataVolumeTemplateFromVolumeSnapshotExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "b325473f575148bf0ac09fbf4852003d",
            "name": "name",
            "description": "description",
            "state": "state",
            "status": "status",
            "size": 1,
            "actualSize": 1,
            "md5Sum": "md5Sum",
            "url": "url",
            "mediaType": "mediaType",
            "guestOsType": "guestOsType",
            "type": "type",
            "platform": "platform",
            "architecture": "architecture",
            "format": "format",
            "system": true,
            "virtio": true,
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "backupStorageRefs": [
              {
                "imageUuid": "50083b3588e4387b4e2af7c4329d7551",
                "backupStorageUuid": "e6548dcc0f29926d0dc0eddde2bfe14b",
                "installPath": "installPath",
                "exportUrl": "exportUrl",
                "exportMd5Sum": "exportMd5Sum",
                "status": "status",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ]
          },
          "failures": [
            {}
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func createDataVolumeTemplateFromVolumeSnapshot(
        _ request: CreateDataVolumeTemplateFromVolumeSnapshot.Request
    ) async throws -> CreateDataVolumeTemplateFromVolumeSnapshot.Response {
        try Self.example(CreateDataVolumeTemplateFromVolumeSnapshot.Response.self, json: Self.createDataVolumeTemplateFromVolumeSnapshotExample)
    }
}
