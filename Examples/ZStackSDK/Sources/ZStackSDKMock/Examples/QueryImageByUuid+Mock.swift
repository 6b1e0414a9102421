public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryImageByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryImageByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "c786b5a06ec8bdd7f3c10a7c97fd918f",
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
                  "imageUuid": "dce840402758b2db1d2585d1de96d09d",
                  "backupStorageUuid": "0761e02a52927c9957cf62e731b49d46",
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
    public func queryImageByUuid(
        _ request: QueryImageByUuid.Request
    ) async throws -> QueryImageByUuid.Response {
        try Self.example(QueryImageByUuid.Response.self, json: Self.queryImageByUuidExample)
    }
}
