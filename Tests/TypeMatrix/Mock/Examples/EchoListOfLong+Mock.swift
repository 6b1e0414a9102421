public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoListOfLong``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoListOfLongExample = #"""
        {
          "queryValue": [
            1
          ],
          "optionalQueryValue": [
            1
          ],
          "value": [
            1
          ],
          "optionalValue": [
            1
          ],
          "nullableValue": [
            1
          ],
          "outsideValue": [
            1
          ],
          "nested": {
            "value": [
              1
            ]
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func echoListOfLong(
        _ request: EchoListOfLong.Request
    ) async throws -> EchoListOfLong.Response {
        try Self.example(EchoListOfLong.Response.self, json: Self.echoListOfLongExample)
    }
}
