public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoLaterInline``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoLaterInlineExample = #"""
        {
          "value": {
            "size": 1,
            "tags": [
              "tags"
            ]
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func echoLaterInline(
        _ request: EchoLaterInline.Request
    ) async throws -> EchoLaterInline.Response {
        try Self.example(EchoLaterInline.Response.self, json: Self.echoLaterInlineExample)
    }
}
