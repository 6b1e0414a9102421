public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoLaterListOfItem``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoLaterListOfItemExample = #"""
        {
          "value": [
            {
              "name": "name",
              "count": 1,
              "color": "red",
              "seenAt": "Jan 6, 2017 3:51:16 AM"
            }
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func echoLaterListOfItem(
        _ request: EchoLaterListOfItem.Request
    ) async throws -> EchoLaterListOfItem.Response {
        try Self.example(EchoLaterListOfItem.Response.self, json: Self.echoLaterListOfItemExample)
    }
}
