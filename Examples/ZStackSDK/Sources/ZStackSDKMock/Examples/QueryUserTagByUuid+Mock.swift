public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryUserTagByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryUserTagByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "tagPatternUuid": "015550670dbdf32de1937f1726999c9d",
              "tagPattern": {
                "uuid": "fb0aea310424619e9d99323098fe4789",
                "name": "name",
                "value": "value",
                "description": "description",
                "color": "color",
                "type": {
                  "name": "name",
                  "ordinal": 1
                },
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              },
              "uuid": "87c3df9759a373fd226a6f9ba567d496",
              "resourceUuid": "1a34066da73c0fb9ccf9f86e56e6e830",
              "resourceType": "resourceType",
              "tag": "tag",
              "type": "type",
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
    public func queryUserTagByUuid(
        _ request: QueryUserTagByUuid.Request
    ) async throws -> QueryUserTagByUuid.Response {
        try Self.example(QueryUserTagByUuid.Response.self, json: Self.queryUserTagByUuidExample)
    }
}
