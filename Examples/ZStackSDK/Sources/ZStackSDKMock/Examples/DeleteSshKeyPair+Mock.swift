public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteSshKeyPair``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteSshKeyPairExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteSshKeyPair(
        _ request: DeleteSshKeyPair.Request
    ) async throws -> DeleteSshKeyPair.Response {
        try Self.example(DeleteSshKeyPair.Response.self, json: Self.deleteSshKeyPairExample)
    }
}
