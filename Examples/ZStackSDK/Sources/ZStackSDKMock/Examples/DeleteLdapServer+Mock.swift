public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteLdapServer``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteLdapServerExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteLdapServer(
        _ request: DeleteLdapServer.Request
    ) async throws -> DeleteLdapServer.Response {
        try Self.example(DeleteLdapServer.Response.self, json: Self.deleteLdapServerExample)
    }
}
