public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoLaterJSON``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoLaterJSONExample = #"""
        {
          "value": {}
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func echoLaterJSON(
        _ request: EchoLaterJSON.Request
    ) async throws -> EchoLaterJSON.Response {
        try Self.example(EchoLaterJSON.Response.self, json: Self.echoLaterJSONExample)
    }
}
