public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``RemovePolicyStatementsFromRole``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let removePolicyStatementsFromRoleExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func removePolicyStatementsFromRole(
        _ request: RemovePolicyStatementsFromRole.Request
    ) async throws -> RemovePolicyStatementsFromRole.Response {
        try Self.example(RemovePolicyStatementsFromRole.Response.self, json: Self.removePolicyStatementsFromRoleExample)
    }
}
