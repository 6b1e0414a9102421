public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryWebhookByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryWebhookByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "496b4b3f8e8cf4c92dd2e3b652eae378",
              "name": "name",
              "description": "description",
              "url": "url",
              "type": "type",
              "opaque": "opaque",
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
    public func queryWebhookByUuid(
        _ request: QueryWebhookByUuid.Request
    ) async throws -> QueryWebhookByUuid.Response {
        try Self.example(QueryWebhookByUuid.Response.self, json: Self.queryWebhookByUuidExample)
    }
}
