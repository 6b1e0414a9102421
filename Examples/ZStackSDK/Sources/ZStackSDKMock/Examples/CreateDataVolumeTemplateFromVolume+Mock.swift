public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateDataVolumeTemplateFromVolume``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createDataVolumeTemplateFromVolumeExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "4e56142764aefe7fff3d646a0ec465a8",
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
                "imageUuid": "14acbddeac85946bf1eada72d0728dd6",
                "backupStorageUuid": "3a153115432093ddba2216f577a1bcf3",
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
    public func createDataVolumeTemplateFromVolume(
        _ request: CreateDataVolumeTemplateFromVolume.Request
    ) async throws -> CreateDataVolumeTemplateFromVolume.Response {
        try Self.example(CreateDataVolumeTemplateFromVolume.Response.self, json: Self.createDataVolumeTemplateFromVolumeExample)
    }
}
