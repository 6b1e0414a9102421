public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoMap``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoMapExample = #"""
        {
          "queryValue": {
            "key": "value"
          },
          "optionalQueryValue": {
            "key": "value"
          },
          "value": {
            "key": "value"
          },
          "optionalValue": {
            "key": "value"
          },
          "nullableValue": {
            "key": "value"
          },
          "outsideValue": {
            "key": "value"
          },
          "nested": {
            "value": {
              "key": "value"
            }
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func echoMap(
        _ request: EchoMap.Request
    ) async throws -> EchoMap.Response {
        try Self.example(EchoMap.Response.self, json: Self.echoMapExample)
    }
}
