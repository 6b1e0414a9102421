public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ShareResource``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let shareResourceExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func shareResource(
        _ request: ShareResource.Request
    ) async throws -> ShareResource.Response {
        try Self.example(ShareResource.Response.self, json: Self.shareResourceExample)
    }
}
