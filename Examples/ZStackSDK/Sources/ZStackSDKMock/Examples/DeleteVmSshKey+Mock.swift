public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteVmSshKey``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteVmSshKeyExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteVmSshKey(
        _ request: DeleteVmSshKey.Request
    ) async throws -> DeleteVmSshKey.Response {
        try Self.example(DeleteVmSshKey.Response.self, json: Self.deleteVmSshKeyExample)
    }
}
