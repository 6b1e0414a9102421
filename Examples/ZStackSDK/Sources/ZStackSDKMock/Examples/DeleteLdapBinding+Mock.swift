public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteLdapBinding``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteLdapBindingExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteLdapBinding(
        _ request: DeleteLdapBinding.Request
    ) async throws -> DeleteLdapBinding.Response {
        try Self.example(DeleteLdapBinding.Response.self, json: Self.deleteLdapBindingExample)
    }
}
