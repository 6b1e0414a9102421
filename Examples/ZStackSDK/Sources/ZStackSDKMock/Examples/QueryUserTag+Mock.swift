public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryUserTag``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryUserTagExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "tagPatternUuid": "edc4ea3c317b5cf978ec007a277a5b87",
              "tagPattern": {
                "uuid": "2c858eccee3abb5ee6946773bbfdbc75",
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
              "uuid": "34667549e2057cbd9381bd2fbb3d8a4c",
              "resourceUuid": "67ab83342cf0a8fdd48ac31a8856c49d",
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
    public func queryUserTag(
        _ request: QueryUserTag.Request
    ) async throws -> QueryUserTag.Response {
        try Self.example(QueryUserTag.Response.self, json: Self.queryUserTagExample)
    }
}
