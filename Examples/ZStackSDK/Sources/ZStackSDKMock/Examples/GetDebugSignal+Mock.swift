public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetDebugSignal``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getDebugSignalExample = #"""
        {
          "success": true,
          "signals": [
            "signals"
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getDebugSignal(
        _ request: GetDebugSignal.Request
    ) async throws -> GetDebugSignal.Response {
        try Self.example(GetDebugSignal.Response.self, json: Self.getDebugSignalExample)
    }
}
