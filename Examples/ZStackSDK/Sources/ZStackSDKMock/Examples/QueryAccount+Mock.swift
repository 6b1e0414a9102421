public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryAccount``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryAccountExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "aace68076118d7bf3374ec6dff020291",
              "name": "name",
              "description": "description",
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
    public func queryAccount(
        _ request: QueryAccount.Request
    ) async throws -> QueryAccount.Response {
        try Self.example(QueryAccount.Response.self, json: Self.queryAccountExample)
    }
}
