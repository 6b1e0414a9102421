public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryImageCache``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryImageCacheExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "id": 1,
              "primaryStorageUuid": "45bcbd217e8fb299d40bb19ef15599b5",
              "imageUuid": "e98505d063dae8a2caf0165d9e9ac4b1",
              "installUrl": "installUrl",
              "mediaType": "mediaType",
              "size": 1,
              "md5sum": "md5sum",
              "state": "state",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM"
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
    public func queryImageCache(
        _ request: QueryImageCache.Request
    ) async throws -> QueryImageCache.Response {
        try Self.example(QueryImageCache.Response.self, json: Self.queryImageCacheExample)
    }
}
