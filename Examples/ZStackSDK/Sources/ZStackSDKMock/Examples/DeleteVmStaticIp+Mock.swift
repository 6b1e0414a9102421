public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteVmStaticIp``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteVmStaticIpExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteVmStaticIp(
        _ request: DeleteVmStaticIp.Request
    ) async throws -> DeleteVmStaticIp.Response {
        try Self.example(DeleteVmStaticIp.Response.self, json: Self.deleteVmStaticIpExample)
    }
}
