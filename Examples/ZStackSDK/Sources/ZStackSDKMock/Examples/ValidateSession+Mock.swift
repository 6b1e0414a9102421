public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ValidateSession``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let validateSessionExample = #"""
        {
          "success": true,
          "valid": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func validateSession(
        _ request: ValidateSession.Request
    ) async throws -> ValidateSession.Response {
        try Self.example(ValidateSession.Response.self, json: Self.validateSessionExample)
    }
}
