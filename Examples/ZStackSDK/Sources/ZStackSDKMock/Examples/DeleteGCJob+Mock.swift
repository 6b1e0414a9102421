public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteGCJob``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteGCJobExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteGCJob(
        _ request: DeleteGCJob.Request
    ) async throws -> DeleteGCJob.Response {
        try Self.example(DeleteGCJob.Response.self, json: Self.deleteGCJobExample)
    }
}
