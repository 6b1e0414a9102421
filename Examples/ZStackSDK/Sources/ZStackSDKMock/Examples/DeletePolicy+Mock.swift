public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeletePolicy``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deletePolicyExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deletePolicy(
        _ request: DeletePolicy.Request
    ) async throws -> DeletePolicy.Response {
        try Self.example(DeletePolicy.Response.self, json: Self.deletePolicyExample)
    }
}
