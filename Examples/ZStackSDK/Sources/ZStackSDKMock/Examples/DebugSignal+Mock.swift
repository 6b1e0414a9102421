public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DebugSignal``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let debugSignalExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func debugSignal(
        _ request: DebugSignal.Request
    ) async throws -> DebugSignal.Response {
        try Self.example(DebugSignal.Response.self, json: Self.debugSignalExample)
    }
}
