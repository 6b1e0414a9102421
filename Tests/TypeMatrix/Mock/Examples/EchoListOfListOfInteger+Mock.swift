public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoListOfListOfInteger``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoListOfListOfIntegerExample = #"""
        {
          "value": [
            [
              1
            ]
          ],
          "optionalValue": [
            [
              1
            ]
          ],
          "nullableValue": [
            [
              1
            ]
          ],
          "outsideValue": [
            [
              1
            ]
          ],
          "nested": {
            "value": [
              [
                1
              ]
            ]
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func echoListOfListOfInteger(
        _ request: EchoListOfListOfInteger.Request
    ) async throws -> EchoListOfListOfInteger.Response {
        try Self.example(EchoListOfListOfInteger.Response.self, json: Self.echoListOfListOfIntegerExample)
    }
}
