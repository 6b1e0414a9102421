public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoLaterColor``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoLaterColorExample = #"""
        {
          "value": "red"
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func echoLaterColor(
        _ request: EchoLaterColor.Request
    ) async throws -> EchoLaterColor.Response {
        try Self.example(EchoLaterColor.Response.self, json: Self.echoLaterColorExample)
    }
}
