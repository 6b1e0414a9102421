public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryAccountByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryAccountByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "11e52847ff632e6fd28c68ec64decb0a",
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
    public func queryAccountByUuid(
        _ request: QueryAccountByUuid.Request
    ) async throws -> QueryAccountByUuid.Response {
        try Self.example(QueryAccountByUuid.Response.self, json: Self.queryAccountByUuidExample)
    }
}
