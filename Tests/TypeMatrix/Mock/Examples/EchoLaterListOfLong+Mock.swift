public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoLaterListOfLong``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoLaterListOfLongExample = #"""
        {
          "value": [
            1
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func echoLaterListOfLong(
        _ request: EchoLaterListOfLong.Request
    ) async throws -> EchoLaterListOfLong.Response {
        try Self.example(EchoLaterListOfLong.Response.self, json: Self.echoLaterListOfLongExample)
    }
}
