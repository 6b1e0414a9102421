public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteVmConsolePassword``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteVmConsolePasswordExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteVmConsolePassword(
        _ request: DeleteVmConsolePassword.Request
    ) async throws -> DeleteVmConsolePassword.Response {
        try Self.example(DeleteVmConsolePassword.Response.self, json: Self.deleteVmConsolePasswordExample)
    }
}
