public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteVmBootMode``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteVmBootModeExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteVmBootMode(
        _ request: DeleteVmBootMode.Request
    ) async throws -> DeleteVmBootMode.Response {
        try Self.example(DeleteVmBootMode.Response.self, json: Self.deleteVmBootModeExample)
    }
}
