public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoLaterBoolean``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoLaterBooleanExample = #"""
        {
          "value": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func echoLaterBoolean(
        _ request: EchoLaterBoolean.Request
    ) async throws -> EchoLaterBoolean.Response {
        try Self.example(EchoLaterBoolean.Response.self, json: Self.echoLaterBooleanExample)
    }
}
