public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``IsOpensourceVersion``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let isOpensourceVersionExample = #"""
        {
          "opensource": true,
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func isOpensourceVersion(
        _ request: IsOpensourceVersion.Request
    ) async throws -> IsOpensourceVersion.Response {
        try Self.example(IsOpensourceVersion.Response.self, json: Self.isOpensourceVersionExample)
    }
}
