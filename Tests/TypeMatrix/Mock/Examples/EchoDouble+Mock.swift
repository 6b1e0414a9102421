public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoDouble``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoDoubleExample = #"""
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
    public func echoDouble(
        _ request: EchoDouble.Request
    ) async throws -> EchoDouble.Response {
        try Self.example(EchoDouble.Response.self, json: Self.echoDoubleExample)
    }
}
