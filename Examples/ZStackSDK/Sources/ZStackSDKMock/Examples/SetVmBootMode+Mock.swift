public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``SetVmBootMode``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let setVmBootModeExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func setVmBootMode(
        _ request: SetVmBootMode.Request
    ) async throws -> SetVmBootMode.Response {
        try Self.example(SetVmBootMode.Response.self, json: Self.setVmBootModeExample)
    }
}
