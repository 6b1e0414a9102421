public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoLaterString``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoLaterStringExample = #"""
        {
          "value": "value"
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func echoLaterString(
        _ request: EchoLaterString.Request
    ) async throws -> EchoLaterString.Response {
        try Self.example(EchoLaterString.Response.self, json: Self.echoLaterStringExample)
    }
}
