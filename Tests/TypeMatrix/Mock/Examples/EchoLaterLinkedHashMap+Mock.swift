public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``EchoLaterLinkedHashMap``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let echoLaterLinkedHashMapExample = #"""
        {
          "value": {
            "key": "value"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func echoLaterLinkedHashMap(
        _ request: EchoLaterLinkedHashMap.Request
    ) async throws -> EchoLaterLinkedHashMap.Response {
        try Self.example(EchoLaterLinkedHashMap.Response.self, json: Self.echoLaterLinkedHashMapExample)
    }
}
