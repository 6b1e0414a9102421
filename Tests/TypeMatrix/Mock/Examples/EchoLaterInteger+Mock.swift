public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoLaterInteger``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoLaterIntegerExample = #"""
        {
          "value": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func echoLaterInteger(
        _ request: EchoLaterInteger.Request
    ) async throws -> EchoLaterInteger.Response {
        try Self.example(EchoLaterInteger.Response.self, json: Self.echoLaterIntegerExample)
    }
}
