public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AddPolicyStatementsToRole``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let addPolicyStatementsToRoleExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func addPolicyStatementsToRole(
        _ request: AddPolicyStatementsToRole.Request
    ) async throws -> AddPolicyStatementsToRole.Response {
        try Self.example(AddPolicyStatementsToRole.Response.self, json: Self.addPolicyStatementsToRoleExample)
    }
}
