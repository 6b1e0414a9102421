public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateWebhook``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateWebhookExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "79a2a9fbbca965d89acf9e97120c82dd",
            "name": "name",
            "description": "description",
            "url": "url",
            "type": "type",
            "opaque": "opaque",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func updateWebhook(
        _ request: UpdateWebhook.Request
    ) async throws -> UpdateWebhook.Response {
        try Self.example(UpdateWebhook.Response.self, json: Self.updateWebhookExample)
    }
}
