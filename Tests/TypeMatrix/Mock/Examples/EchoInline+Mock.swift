public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoInline``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoInlineExample = #"""
        {
          "value": {
            "size": 1,
            "tags": [
              "tags"
            ]
          },
          "optionalValue": {
            "size": 1,
            "tags": [
              "tags"
            ]
          },
          "nullableValue": {
            "size": 1,
            "tags": [
              "tags"
            ]
          },
          "outsideValue": {
            "size": 1,
            "tags": [
              "tags"
            ]
          },
          "nested": {
            "value": {
              "size": 1,
              "tags": [
                "tags"
              ]
            }
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func echoInline(
        _ request: EchoInline.Request
    ) async throws -> EchoInline.Response {
        try Self.example(EchoInline.Response.self, json: Self.echoInlineExample)
    }
}
