public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoLaterMapOfLong``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoLaterMapOfLongExample = #"""
        {
          "value": {
            "key": 1
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func echoLaterMapOfLong(
        _ request: EchoLaterMapOfLong.Request
    ) async throws -> EchoLaterMapOfLong.Response {
        try Self.example(EchoLaterMapOfLong.Response.self, json: Self.echoLaterMapOfLongExample)
    }
}
