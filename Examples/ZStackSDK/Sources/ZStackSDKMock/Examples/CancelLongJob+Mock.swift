public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CancelLongJob``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let cancelLongJobExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func cancelLongJob(
        _ request: CancelLongJob.Request
    ) async throws -> CancelLongJob.Response {
        try Self.example(CancelLongJob.Response.self, json: Self.cancelLongJobExample)
    }
}
