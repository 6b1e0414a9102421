public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoLaterListOfTimestamp``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoLaterListOfTimestampExample = #"""
        {
          "value": [
            "Jan 6, 2017 3:51:16 AM"
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func echoLaterListOfTimestamp(
        _ request: EchoLaterListOfTimestamp.Request
    ) async throws -> EchoLaterListOfTimestamp.Response {
        try Self.example(EchoLaterListOfTimestamp.Response.self, json: Self.echoLaterListOfTimestampExample)
    }
}
