public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoItem``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoItemExample = #"""
        {
          "value": {
            "name": "name",
            "count": 1,
            "color": "red",
            "seenAt": "Jan 6, 2017 3:51:16 AM"
          },
          "optionalValue": {
            "name": "name",
            "count": 1,
            "color": "red",
            "seenAt": "Jan 6, 2017 3:51:16 AM"
          },
          "nullableValue": {
            "name": "name",
            "count": 1,
            "color": "red",
            "seenAt": "Jan 6, 2017 3:51:16 AM"
          },
          "outsideValue": {
            "name": "name",
            "count": 1,
            "color": "red",
            "seenAt": "Jan 6, 2017 3:51:16 AM"
          },
          "nested": {
            "value": {
              "name": "name",
              "count": 1,
              "color": "red",
              "seenAt": "Jan 6, 2017 3:51:16 AM"
            }
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func echoItem(
        _ request: EchoItem.Request
    ) async throws -> EchoItem.Response {
        try Self.example(EchoItem.Response.self, json: Self.echoItemExample)
    }
}
