public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CleanQueue``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let cleanQueueExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func cleanQueue(
        _ request: CleanQueue.Request
    ) async throws -> CleanQueue.Response {
        try Self.example(CleanQueue.Response.self, json: Self.cleanQueueExample)
    }
}
