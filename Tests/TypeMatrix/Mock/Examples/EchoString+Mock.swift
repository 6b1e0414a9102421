public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoString``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoStringExample = #"""
        {
          "pathValue": "pathValue",
          "queryValue": "queryValue",
          "optionalQueryValue": "optionalQueryValue",
          "headerValue": "headerValue",
          "value": "value",
          "optionalValue": "optionalValue",
          "nullableValue": "nullableValue",
          "outsideValue": "outsideValue",
          "nested": {
            "value": "value"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func echoString(
        _ request: EchoString.Request
    ) async throws -> EchoString.Response {
        try Self.example(EchoString.Response.self, json: Self.echoStringExample)
    }
}
