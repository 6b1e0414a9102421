public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryAccountResourceRef``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryAccountResourceRefExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "accountUuid": "d075558e875d59b11afedd6803792b4b",
              "resourceUuid": "d3afd7005fd433654a0bd27a9d8cdeaf",
              "resourceType": "resourceType",
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
    public func queryAccountResourceRef(
        _ request: QueryAccountResourceRef.Request
    ) async throws -> QueryAccountResourceRef.Response {
        try Self.example(QueryAccountResourceRef.Response.self, json: Self.queryAccountResourceRefExample)
    }
}
