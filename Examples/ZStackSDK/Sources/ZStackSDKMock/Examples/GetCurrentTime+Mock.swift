public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetCurrentTime``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getCurrentTimeExample = #"""
        {
          "currentTime": {
            "key": 1
          },
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getCurrentTime(
        _ request: GetCurrentTime.Request
    ) async throws -> GetCurrentTime.Response {
        try Self.example(GetCurrentTime.Response.self, json: Self.getCurrentTimeExample)
    }
}
