public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoLaterMapOfListOfString``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoLaterMapOfListOfStringExample = #"""
        {
          "value": {
            "key": [
              "value"
            ]
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func echoLaterMapOfListOfString(
        _ request: EchoLaterMapOfListOfString.Request
    ) async throws -> EchoLaterMapOfListOfString.Response {
        try Self.example(EchoLaterMapOfListOfString.Response.self, json: Self.echoLaterMapOfListOfStringExample)
    }
}
