public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CalculateImageHash``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let calculateImageHashExample = #"""
        {
          "inventory": {
            "uuid": "35f416a4710889d681f2035de0f7c6a2",
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
                "imageUuid": "34a6b40a9af6bcc27264b73ff2785160",
                "backupStorageUuid": "f360552d99e677102a60ce6b18f40e08",
                "installPath": "installPath",
                "exportUrl": "exportUrl",
                "exportMd5Sum": "exportMd5Sum",
                "status": "status",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ]
          },
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func calculateImageHash(
        _ request: CalculateImageHash.Request
    ) async throws -> CalculateImageHash.Response {
        try Self.example(CalculateImageHash.Response.self, json: Self.calculateImageHashExample)
    }
}
