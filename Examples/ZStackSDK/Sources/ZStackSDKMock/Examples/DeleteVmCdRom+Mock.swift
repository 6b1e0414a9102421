public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteVmCdRom``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteVmCdRomExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteVmCdRom(
        _ request: DeleteVmCdRom.Request
    ) async throws -> DeleteVmCdRom.Response {
        try Self.example(DeleteVmCdRom.Response.self, json: Self.deleteVmCdRomExample)
    }
}
