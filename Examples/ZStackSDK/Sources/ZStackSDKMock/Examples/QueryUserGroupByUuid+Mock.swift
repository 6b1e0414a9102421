public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryUserGroupByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryUserGroupByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "c879ec3ad5781bdc82bdc46b2115c5f1",
              "accountUuid": "6f7ea48c3a57458a2779b24ffbbe84a7",
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
    public func queryUserGroupByUuid(
        _ request: QueryUserGroupByUuid.Request
    ) async throws -> QueryUserGroupByUuid.Response {
        try Self.example(QueryUserGroupByUuid.Response.self, json: Self.queryUserGroupByUuidExample)
    }
}
