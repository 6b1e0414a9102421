public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryImage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryImageExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "b071bdd80eabb50b819b2ca95b5ed01b",
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
                  "imageUuid": "e537aa1f2c7051a3e99d1f446dec3f7d",
                  "backupStorageUuid": "519f0eaef79e2145dac6534f843e84b5",
                  "installPath": "installPath",
                  "exportUrl": "exportUrl",
                  "exportMd5Sum": "exportMd5Sum",
                  "status": "status",
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                }
              ]
            }
          ],
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func queryImage(
        _ request: QueryImage.Request
    ) async throws -> QueryImage.Response {
        try Self.example(QueryImage.Response.self, json: Self.queryImageExample)
    }
}
