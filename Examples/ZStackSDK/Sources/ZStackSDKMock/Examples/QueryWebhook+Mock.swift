public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryWebhook``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryWebhookExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "0e584d8f879d20d9e64e4a6a598b67b6",
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
    public func queryWebhook(
        _ request: QueryWebhook.Request
    ) async throws -> QueryWebhook.Response {
        try Self.example(QueryWebhook.Response.self, json: Self.queryWebhookExample)
    }
}
