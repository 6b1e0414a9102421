public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoMapOfListOfString``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoMapOfListOfStringExample = #"""
        {
          "queryValue": {
            "key": [
              "queryValue"
            ]
          },
          "optionalQueryValue": {
            "key": [
              "optionalQueryValue"
            ]
          },
          "value": {
            "key": [
              "value"
            ]
          },
          "optionalValue": {
            "key": [
              "optionalValue"
            ]
          },
          "nullableValue": {
            "key": [
              "nullableValue"
            ]
          },
          "outsideValue": {
            "key": [
              "outsideValue"
            ]
          },
          "nested": {
            "value": {
              "key": [
                "value"
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
    public func echoMapOfListOfString(
        _ request: EchoMapOfListOfString.Request
    ) async throws -> EchoMapOfListOfString.Response {
        try Self.example(EchoMapOfListOfString.Response.self, json: Self.echoMapOfListOfStringExample)
    }
}
