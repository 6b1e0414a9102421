public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoListOfString``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoListOfStringExample = #"""
        {
          "queryValue": [
            "queryValue"
          ],
          "optionalQueryValue": [
            "optionalQueryValue"
          ],
          "value": [
            "value"
          ],
          "optionalValue": [
            "optionalValue"
          ],
          "nullableValue": [
            "nullableValue"
          ],
          "outsideValue": [
            "outsideValue"
          ],
          "nested": {
            "value": [
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
    public func echoListOfString(
        _ request: EchoListOfString.Request
    ) async throws -> EchoListOfString.Response {
        try Self.example(EchoListOfString.Response.self, json: Self.echoListOfStringExample)
    }
}
