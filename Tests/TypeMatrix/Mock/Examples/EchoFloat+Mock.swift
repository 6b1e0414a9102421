public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoFloat``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoFloatExample = #"""
        {
          "pathValue": 1.5,
          "queryValue": 1.5,
          "optionalQueryValue": 1.5,
          "headerValue": 1.5,
          "value": 1.5,
          "optionalValue": 1.5,
          "nullableValue": 1.5,
          "outsideValue": 1.5,
          "nested": {
            "value": 1.5
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func echoFloat(
        _ request: EchoFloat.Request
    ) async throws -> EchoFloat.Response {
        try Self.example(EchoFloat.Response.self, json: Self.echoFloatExample)
    }
}
