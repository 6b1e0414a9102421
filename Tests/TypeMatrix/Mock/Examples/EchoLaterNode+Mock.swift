public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoLaterNode``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoLaterNodeExample = #"""
        {
          "value": {
            "label": "label",
            "children": []
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func echoLaterNode(
        _ request: EchoLaterNode.Request
    ) async throws -> EchoLaterNode.Response {
        try Self.example(EchoLaterNode.Response.self, json: Self.echoLaterNodeExample)
    }
}
