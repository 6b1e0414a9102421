public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoMapOfColor``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoMapOfColorExample = #"""
        {
          "queryValue": {
            "key": "red"
          },
          "optionalQueryValue": {
            "key": "red"
          },
          "value": {
            "key": "red"
          },
          "optionalValue": {
            "key": "red"
          },
          "nullableValue": {
            "key": "red"
          },
          "outsideValue": {
            "key": "red"
          },
          "nested": {
            "value": {
              "key": "red"
            }
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func echoMapOfColor(
        _ request: EchoMapOfColor.Request
    ) async throws -> EchoMapOfColor.Response {
        try Self.example(EchoMapOfColor.Response.self, json: Self.echoMapOfColorExample)
    }
}
