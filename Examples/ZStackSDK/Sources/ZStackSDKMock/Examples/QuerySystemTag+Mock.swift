public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QuerySystemTag``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let querySystemTagExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "inherent": true,
              "uuid": "39896e0d310f7381fff3c844acb6d0dd",
              "resourceUuid": "4236a72b31c9ce85fad97c0f2dc3c1eb",
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
    public func querySystemTag(
        _ request: QuerySystemTag.Request
    ) async throws -> QuerySystemTag.Response {
        try Self.example(QuerySystemTag.Response.self, json: Self.querySystemTagExample)
    }
}
