public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoMapOfItem``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoMapOfItemExample = #"""
        {
          "value": {
            "key": {
              "name": "name",
              "count": 1,
              "color": "red",
              "seenAt": "Jan 6, 2017 3:51:16 AM"
            }
          },
          "optionalValue": {
            "key": {
              "name": "name",
              "count": 1,
              "color": "red",
              "seenAt": "Jan 6, 2017 3:51:16 AM"
            }
          },
          "nullableValue": {
            "key": {
              "name": "name",
              "count": 1,
              "color": "red",
              "seenAt": "Jan 6, 2017 3:51:16 AM"
            }
          },
          "outsideValue": {
            "key": {
              "name": "name",
              "count": 1,
              "color": "red",
              "seenAt": "Jan 6, 2017 3:51:16 AM"
            }
          },
          "nested": {
            "value": {
              "key": {
                "name": "name",
                "count": 1,
                "color": "red",
                "seenAt": "Jan 6, 2017 3:51:16 AM"
              }
            }
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func echoMapOfItem(
        _ request: EchoMapOfItem.Request
    ) async throws -> EchoMapOfItem.Response {
        try Self.example(EchoMapOfItem.Response.self, json: Self.echoMapOfItemExample)
    }
}
