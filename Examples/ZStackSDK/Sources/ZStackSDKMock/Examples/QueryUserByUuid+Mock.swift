public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryUserByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryUserByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "efad67f62124b0387639a67f13a2ef4f",
              "accountUuid": "0bd422d8b082b0167a941a89eaec9a8f",
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
    public func queryUserByUuid(
        _ request: QueryUserByUuid.Request
    ) async throws -> QueryUserByUuid.Response {
        try Self.example(QueryUserByUuid.Response.self, json: Self.queryUserByUuidExample)
    }
}
