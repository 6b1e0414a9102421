public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoJSON``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoJSONExample = #"""
        {
          "value": {},
          "optionalValue": {},
          "nullableValue": {},
          "outsideValue": {},
          "nested": {
            "value": {}
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func echoJSON(
        _ request: EchoJSON.Request
    ) async throws -> EchoJSON.Response {
        try Self.example(EchoJSON.Response.self, json: Self.echoJSONExample)
    }
}
