public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryUser``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryUserExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "994abeac38d9524001754a5a7dc5a05b",
              "accountUuid": "23220392f84cfc4ee440dafd078f5f16",
              "name": "name",
              "description": "description",
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
    public func queryUser(
        _ request: QueryUser.Request
    ) async throws -> QueryUser.Response {
        try Self.example(QueryUser.Response.self, json: Self.queryUserExample)
    }
}
