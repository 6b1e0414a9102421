public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoLaterMapOfItem``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoLaterMapOfItemExample = #"""
        {
          "value": {
            "key": {
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
    public func echoLaterMapOfItem(
        _ request: EchoLaterMapOfItem.Request
    ) async throws -> EchoLaterMapOfItem.Response {
        try Self.example(EchoLaterMapOfItem.Response.self, json: Self.echoLaterMapOfItemExample)
    }
}
