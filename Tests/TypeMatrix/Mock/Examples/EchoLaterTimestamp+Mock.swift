public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoLaterTimestamp``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoLaterTimestampExample = #"""
        {
          "value": "Jan 6, 2017 3:51:16 AM"
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func echoLaterTimestamp(
        _ request: EchoLaterTimestamp.Request
    ) async throws -> EchoLaterTimestamp.Response {
        try Self.example(EchoLaterTimestamp.Response.self, json: Self.echoLaterTimestampExample)
    }
}
