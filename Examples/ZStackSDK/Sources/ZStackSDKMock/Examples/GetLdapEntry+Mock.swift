public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetLdapEntry``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getLdapEntryExample = #"""
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
    public func getLdapEntry(
        _ request: GetLdapEntry.Request
    ) async throws -> GetLdapEntry.Response {
        try Self.example(GetLdapEntry.Response.self, json: Self.getLdapEntryExample)
    }
}
