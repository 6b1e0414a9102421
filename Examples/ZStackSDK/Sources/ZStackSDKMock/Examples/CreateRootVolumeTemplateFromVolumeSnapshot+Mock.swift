public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateRootVolumeTemplateFromVolumeSnapshot``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createRootVolumeTemplateFromVolumeSnapshotExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "79299be938c89bdfa5719e048b5989d1",
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
                "imageUuid": "181dd2f733f32b1bf8a0c0072125343d",
                "backupStorageUuid": "88f8917dba4d544d2e8efe06f51731ca",
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
    public func createRootVolumeTemplateFromVolumeSnapshot(
        _ request: CreateRootVolumeTemplateFromVolumeSnapshot.Request
    ) async throws -> CreateRootVolumeTemplateFromVolumeSnapshot.Response {
        try Self.example(CreateRootVolumeTemplateFromVolumeSnapshot.Response.self, json: Self.createRootVolumeTemplateFromVolumeSnapshotExample)
    }
}
