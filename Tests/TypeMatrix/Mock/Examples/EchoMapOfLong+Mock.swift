public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoMapOfLong``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoMapOfLongExample = #"""
        {
          "queryValue": {
            "key": 1
          },
          "optionalQueryValue": {
            "key": 1
          },
          "value": {
            "key": 1
          },
          "optionalValue": {
            "key": 1
          },
          "nullableValue": {
            "key": 1
          },
          "outsideValue": {
            "key": 1
          },
          "nested": {
            "value": {
              "key": 1
            }
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func echoMapOfLong(
        _ request: EchoMapOfLong.Request
    ) async throws -> EchoMapOfLong.Response {
        try Self.example(EchoMapOfLong.Response.self, json: Self.echoMapOfLongExample)
    }
}
