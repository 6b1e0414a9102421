public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteVmHostname``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteVmHostnameExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteVmHostname(
        _ request: DeleteVmHostname.Request
    ) async throws -> DeleteVmHostname.Response {
        try Self.example(DeleteVmHostname.Response.self, json: Self.deleteVmHostnameExample)
    }
}
