public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoLaterLong``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoLaterLongExample = #"""
        {
          "value": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func echoLaterLong(
        _ request: EchoLaterLong.Request
    ) async throws -> EchoLaterLong.Response {
        try Self.example(EchoLaterLong.Response.self, json: Self.echoLaterLongExample)
    }
}
