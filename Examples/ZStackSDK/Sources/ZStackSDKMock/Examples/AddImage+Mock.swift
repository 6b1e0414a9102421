public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AddImage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let addImageExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "1a856d4fbe9d6c8f3f4dbfceb3575b73",
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
                "imageUuid": "600900ce7a57b597f538815d6dd0b409",
                "backupStorageUuid": "5965edd7ae8ed94dc8082eef98e3f015",
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
    public func addImage(
        _ request: AddImage.Request
    ) async throws -> AddImage.Response {
        try Self.example(AddImage.Response.self, json: Self.addImageExample)
    }
}
