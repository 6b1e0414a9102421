public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CleanLongJob``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let cleanLongJobExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func cleanLongJob(
        _ request: CleanLongJob.Request
    ) async throws -> CleanLongJob.Response {
        try Self.example(CleanLongJob.Response.self, json: Self.cleanLongJobExample)
    }
}
