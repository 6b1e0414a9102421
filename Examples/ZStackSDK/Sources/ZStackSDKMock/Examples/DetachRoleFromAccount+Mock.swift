public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DetachRoleFromAccount``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let detachRoleFromAccountExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func detachRoleFromAccount(
        _ request: DetachRoleFromAccount.Request
    ) async throws -> DetachRoleFromAccount.Response {
        try Self.example(DetachRoleFromAccount.Response.self, json: Self.detachRoleFromAccountExample)
    }
}
