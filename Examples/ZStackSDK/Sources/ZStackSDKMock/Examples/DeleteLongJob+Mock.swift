public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteLongJob``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteLongJobExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteLongJob(
        _ request: DeleteLongJob.Request
    ) async throws -> DeleteLongJob.Response {
        try Self.example(DeleteLongJob.Response.self, json: Self.deleteLongJobExample)
    }
}
