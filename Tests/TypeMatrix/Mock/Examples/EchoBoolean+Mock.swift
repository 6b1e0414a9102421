public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoBoolean``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoBooleanExample = #"""
        {
          "pathValue": true,
          "queryValue": true,
          "optionalQueryValue": true,
          "headerValue": true,
          "value": true,
          "optionalValue": true,
          "nullableValue": true,
          "outsideValue": true,
          "nested": {
            "value": true
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func echoBoolean(
        _ request: EchoBoolean.Request
    ) async throws -> EchoBoolean.Response {
        try Self.example(EchoBoolean.Response.self, json: Self.echoBooleanExample)
    }
}
