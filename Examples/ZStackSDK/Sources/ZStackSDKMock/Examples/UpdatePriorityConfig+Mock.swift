public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdatePriorityConfig``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updatePriorityConfigExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func updatePriorityConfig(
        _ request: UpdatePriorityConfig.Request
    ) async throws -> UpdatePriorityConfig.Response {
        try Self.example(UpdatePriorityConfig.Response.self, json: Self.updatePriorityConfigExample)
    }
}
