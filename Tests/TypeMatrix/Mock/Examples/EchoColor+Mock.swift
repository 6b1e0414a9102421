public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoColor``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoColorExample = #"""
        {
          "pathValue": "red",
          "queryValue": "red",
          "optionalQueryValue": "red",
          "headerValue": "red",
          "value": "red",
          "optionalValue": "red",
          "nullableValue": "red",
          "outsideValue": "red",
          "nested": {
            "value": "red"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func echoColor(
        _ request: EchoColor.Request
    ) async throws -> EchoColor.Response {
        try Self.example(EchoColor.Response.self, json: Self.echoColorExample)
    }
}
