public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteWebhook``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteWebhookExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteWebhook(
        _ request: DeleteWebhook.Request
    ) async throws -> DeleteWebhook.Response {
        try Self.example(DeleteWebhook.Response.self, json: Self.deleteWebhookExample)
    }
}
