public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ResetGlobalConfig``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let resetGlobalConfigExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func resetGlobalConfig(
        _ request: ResetGlobalConfig.Request
    ) async throws -> ResetGlobalConfig.Response {
        try Self.example(ResetGlobalConfig.Response.self, json: Self.resetGlobalConfigExample)
    }
}
