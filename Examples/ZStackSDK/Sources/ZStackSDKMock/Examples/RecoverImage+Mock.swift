public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``RecoverImage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let recoverImageExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "fff8fe64fead6f982d5d83f7ae425d8b",
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
                "imageUuid": "d7e7aab33fea6a4046518ef0a8660343",
                "backupStorageUuid": "8928d151ff268bb23b6b236036903db9",
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
    public func recoverImage(
        _ request: RecoverImage.Request
    ) async throws -> RecoverImage.Response {
        try Self.example(RecoverImage.Response.self, json: Self.recoverImageExample)
    }
}
