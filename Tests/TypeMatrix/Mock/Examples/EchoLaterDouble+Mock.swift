public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoLaterDouble``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoLaterDoubleExample = #"""
        {
          "value": 1.5
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func echoLaterDouble(
        _ request: EchoLaterDouble.Request
    ) async throws -> EchoLaterDouble.Response {
        try Self.example(EchoLaterDouble.Response.self, json: Self.echoLaterDoubleExample)
    }
}
