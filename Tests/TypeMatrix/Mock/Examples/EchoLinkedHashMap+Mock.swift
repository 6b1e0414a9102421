public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoLinkedHashMap``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoLinkedHashMapExample = #"""
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
    public func echoLinkedHashMap(
        _ request: EchoLinkedHashMap.Request
    ) async throws -> EchoLinkedHashMap.Response {
        try Self.example(EchoLinkedHashMap.Response.self, json: Self.echoLinkedHashMapExample)
    }
}
