public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateWebhook``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createWebhookExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "f546c3b51f9282fde2ba85159bab4de3",
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
    public func createWebhook(
        _ request: CreateWebhook.Request
    ) async throws -> CreateWebhook.Response {
        try Self.example(CreateWebhook.Response.self, json: Self.createWebhookExample)
    }
}
