public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoListOfColor``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoListOfColorExample = #"""
        {
          "queryValue": [
            "red"
          ],
          "optionalQueryValue": [
            "red"
          ],
          "value": [
            "red"
          ],
          "optionalValue": [
            "red"
          ],
          "nullableValue": [
            "red"
          ],
          "outsideValue": [
            "red"
          ],
          "nested": {
            "value": [
              "red"
            ]
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func echoListOfColor(
        _ request: EchoListOfColor.Request
    ) async throws -> EchoListOfColor.Response {
        try Self.example(EchoListOfColor.Response.self, json: Self.echoListOfColorExample)
    }
}
