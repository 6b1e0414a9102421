public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetCandidateLdapEntryForBinding``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getCandidateLdapEntryForBindingExample = #"""
        {
          "success": true,
          "inventories": [
            {}
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getCandidateLdapEntryForBinding(
        _ request: GetCandidateLdapEntryForBinding.Request
    ) async throws -> GetCandidateLdapEntryForBinding.Response {
        try Self.example(GetCandidateLdapEntryForBinding.Response.self, json: Self.getCandidateLdapEntryForBindingExample)
    }
}
