public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoListOfTimestamp``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoListOfTimestampExample = #"""
        {
          "queryValue": [
            "Jan 6, 2017 3:51:16 AM"
          ],
          "optionalQueryValue": [
            "Jan 6, 2017 3:51:16 AM"
          ],
          "value": [
            "Jan 6, 2017 3:51:16 AM"
          ],
          "optionalValue": [
            "Jan 6, 2017 3:51:16 AM"
          ],
          "nullableValue": [
            "Jan 6, 2017 3:51:16 AM"
          ],
          "outsideValue": [
            "Jan 6, 2017 3:51:16 AM"
          ],
          "nested": {
            "value": [
              "Jan 6, 2017 3:51:16 AM"
            ]
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func echoListOfTimestamp(
        _ request: EchoListOfTimestamp.Request
    ) async throws -> EchoListOfTimestamp.Response {
        try Self.example(EchoListOfTimestamp.Response.self, json: Self.echoListOfTimestampExample)
    }
}
