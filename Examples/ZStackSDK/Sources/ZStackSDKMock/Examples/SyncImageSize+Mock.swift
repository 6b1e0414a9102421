public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``SyncImageSize``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let syncImageSizeExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "7dc0a8f42971f4b58534b1ec72154757",
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
                "imageUuid": "6f8982d36efd15296b13d8ba72eeec90",
                "backupStorageUuid": "83cbdf0b5f59e4b723914d596b7af61b",
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
    public func syncImageSize(
        _ request: SyncImageSize.Request
    ) async throws -> SyncImageSize.Response {
        try Self.example(SyncImageSize.Response.self, json: Self.syncImageSizeExample)
    }
}
