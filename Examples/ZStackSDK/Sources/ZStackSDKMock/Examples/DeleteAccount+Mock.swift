public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteAccount``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteAccountExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteAccount(
        _ request: DeleteAccount.Request
    ) async throws -> DeleteAccount.Response {
        try Self.example(DeleteAccount.Response.self, json: Self.deleteAccountExample)
    }
}
