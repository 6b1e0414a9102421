public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoLaterMapOfColor``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoLaterMapOfColorExample = #"""
        {
          "value": {
            "key": "red"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func echoLaterMapOfColor(
        _ request: EchoLaterMapOfColor.Request
    ) async throws -> EchoLaterMapOfColor.Response {
        try Self.example(EchoLaterMapOfColor.Response.self, json: Self.echoLaterMapOfColorExample)
    }
}
