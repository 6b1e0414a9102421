public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeletePortForwardingRule``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deletePortForwardingRuleExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deletePortForwardingRule(
        _ request: DeletePortForwardingRule.Request
    ) async throws -> DeletePortForwardingRule.Response {
        try Self.example(DeletePortForwardingRule.Response.self, json: Self.deletePortForwardingRuleExample)
    }
}
