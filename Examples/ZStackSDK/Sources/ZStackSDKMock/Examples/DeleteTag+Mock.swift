public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteTag``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteTagExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteTag(
        _ request: DeleteTag.Request
    ) async throws -> DeleteTag.Response {
        try Self.example(DeleteTag.Response.self, json: Self.deleteTagExample)
    }
}
