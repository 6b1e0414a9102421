public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryAgentVersion``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryAgentVersionExample = #"""
        {
          "inventories": [
            {}
          ],
          "success": true,
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func queryAgentVersion(
        _ request: QueryAgentVersion.Request
    ) async throws -> QueryAgentVersion.Response {
        try Self.example(QueryAgentVersion.Response.self, json: Self.queryAgentVersionExample)
    }
}
