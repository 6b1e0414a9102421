public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``SetVmQxlMemory``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let setVmQxlMemoryExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func setVmQxlMemory(
        _ request: SetVmQxlMemory.Request
    ) async throws -> SetVmQxlMemory.Response {
        try Self.example(SetVmQxlMemory.Response.self, json: Self.setVmQxlMemoryExample)
    }
}
