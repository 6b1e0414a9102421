public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QuerySystemTagByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let querySystemTagByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "inherent": true,
              "uuid": "0901e2beee2acb4d47d0ac6463852441",
              "resourceUuid": "053a5825d334241dcdb584a96c332874",
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
    public func querySystemTagByUuid(
        _ request: QuerySystemTagByUuid.Request
    ) async throws -> QuerySystemTagByUuid.Response {
        try Self.example(QuerySystemTagByUuid.Response.self, json: Self.querySystemTagByUuidExample)
    }
}
