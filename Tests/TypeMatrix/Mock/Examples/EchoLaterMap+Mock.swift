public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoLaterMap``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoLaterMapExample = #"""
        {
          "value": {
            "key": "value"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func echoLaterMap(
        _ request: EchoLaterMap.Request
    ) async throws -> EchoLaterMap.Response {
        try Self.example(EchoLaterMap.Response.self, json: Self.echoLaterMapExample)
    }
}
