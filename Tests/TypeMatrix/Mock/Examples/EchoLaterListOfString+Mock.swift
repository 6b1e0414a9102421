public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoLaterListOfString``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoLaterListOfStringExample = #"""
        {
          "value": [
            "value"
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func echoLaterListOfString(
        _ request: EchoLaterListOfString.Request
    ) async throws -> EchoLaterListOfString.Response {
        try Self.example(EchoLaterListOfString.Response.self, json: Self.echoLaterListOfStringExample)
    }
}
