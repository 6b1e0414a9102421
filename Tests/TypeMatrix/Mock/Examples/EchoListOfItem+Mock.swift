public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoListOfItem``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoListOfItemExample = #"""
        {
          "value": [
            {
              "name": "name",
              "count": 1,
              "color": "red",
              "seenAt": "Jan 6, 2017 3:51:16 AM"
            }
          ],
          "optionalValue": [
            {
              "name": "name",
              "count": 1,
              "color": "red",
              "seenAt": "Jan 6, 2017 3:51:16 AM"
            }
          ],
          "nullableValue": [
            {
              "name": "name",
              "count": 1,
              "color": "red",
              "seenAt": "Jan 6, 2017 3:51:16 AM"
            }
          ],
          "outsideValue": [
            {
              "name": "name",
              "count": 1,
              "color": "red",
              "seenAt": "Jan 6, 2017 3:51:16 AM"
            }
          ],
          "nested": {
            "value": [
              {
                "name": "name",
                "count": 1,
                "color": "red",
                "seenAt": "Jan 6, 2017 3:51:16 AM"
              }
            ]
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func echoListOfItem(
        _ request: EchoListOfItem.Request
    ) async throws -> EchoListOfItem.Response {
        try Self.example(EchoListOfItem.Response.self, json: Self.echoListOfItemExample)
    }
}
