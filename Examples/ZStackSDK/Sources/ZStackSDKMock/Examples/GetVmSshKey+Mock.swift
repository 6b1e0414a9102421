public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetVmSshKey``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getVmSshKeyExample = #"""
        {
          "success": true,
          "sshKey": "sshKey"
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getVmSshKey(
        _ request: GetVmSshKey.Request
    ) async throws -> GetVmSshKey.Response {
        try Self.example(GetVmSshKey.Response.self, json: Self.getVmSshKeyExample)
    }
}
