public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AttachRoleToAccount``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let attachRoleToAccountExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func attachRoleToAccount(
        _ request: AttachRoleToAccount.Request
    ) async throws -> AttachRoleToAccount.Response {
        try Self.example(AttachRoleToAccount.Response.self, json: Self.attachRoleToAccountExample)
    }
}
