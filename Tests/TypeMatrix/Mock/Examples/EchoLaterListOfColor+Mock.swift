public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoLaterListOfColor``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoLaterListOfColorExample = #"""
        {
          "value": [
            "red"
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func echoLaterListOfColor(
        _ request: EchoLaterListOfColor.Request
    ) async throws -> EchoLaterListOfColor.Response {
        try Self.example(EchoLaterListOfColor.Response.self, json: Self.echoLaterListOfColorExample)
    }
}
