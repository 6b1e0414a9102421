public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateRootVolumeTemplateFromRootVolume``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createRootVolumeTemplateFromRootVolumeExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "b9f730d31c13601bff05b806a6754ce9",
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
                "imageUuid": "1a13d41168169d0fdc2db0e7be0b8a13",
                "backupStorageUuid": "16e1b765d7bcdc393e2838d648641a3c",
                "installPath": "installPath",
                "exportUrl": "exportUrl",
                "exportMd5Sum": "exportMd5Sum",
                "status": "status",
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
    public func createRootVolumeTemplateFromRootVolume(
        _ request: CreateRootVolumeTemplateFromRootVolume.Request
    ) async throws -> CreateRootVolumeTemplateFromRootVolume.Response {
        try Self.example(CreateRootVolumeTemplateFromRootVolume.Response.self, json: Self.createRootVolumeTemplateFromRootVolumeExample)
    }
}
