public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetVmConsolePassword``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getVmConsolePasswordExample = #"""
        {
          "success": true,
          "password": "password"
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getVmConsolePassword(
        _ request: GetVmConsolePassword.Request
    ) async throws -> GetVmConsolePassword.Response {
        try Self.example(GetVmConsolePassword.Response.self, json: Self.getVmConsolePasswordExample)
    }
}
