public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``BatchQuery``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let batchQueryExample = #"""
        {
          "success": true,
          "result": {
            "key": {}
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func batchQuery(
        _ request: BatchQuery.Request
    ) async throws -> BatchQuery.Response {
        try Self.example(BatchQuery.Response.self, json: Self.batchQueryExample)
    }
}
