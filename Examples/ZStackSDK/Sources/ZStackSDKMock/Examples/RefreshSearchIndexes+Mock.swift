public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``RefreshSearchIndexes``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let refreshSearchIndexesExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func refreshSearchIndexes(
        _ request: RefreshSearchIndexes.Request
    ) async throws -> RefreshSearchIndexes.Response {
        try Self.example(RefreshSearchIndexes.Response.self, json: Self.refreshSearchIndexesExample)
    }
}
