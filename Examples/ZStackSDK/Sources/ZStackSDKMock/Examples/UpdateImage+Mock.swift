public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateImage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateImageExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "dd1e765cae76a7626f1547fa7bdcbc24",
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
                "imageUuid": "9c8f653e5ed87572a85f8acb9fa8ee65",
                "backupStorageUuid": "36bd19712ecee928d9c0bed77596a6a0",
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
    public func updateImage(
        _ request: UpdateImage.Request
    ) async throws -> UpdateImage.Response {
        try Self.example(UpdateImage.Response.self, json: Self.updateImageExample)
    }
}
