public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ZQLQuery``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let zqlQueryExample = #"""
        {
          "success": true,
          "result": {}
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func zqlQuery(
        _ request: ZQLQuery.Request
    ) async throws -> ZQLQuery.Response {
        try Self.example(ZQLQuery.Response.self, json: Self.zqlQueryExample)
    }
}
