public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``TriggerGCJob``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let triggerGCJobExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func triggerGCJob(
        _ request: TriggerGCJob.Request
    ) async throws -> TriggerGCJob.Response {
        try Self.example(TriggerGCJob.Response.self, json: Self.triggerGCJobExample)
    }
}
