public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteVmNic``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteVmNicExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteVmNic(
        _ request: DeleteVmNic.Request
    ) async throws -> DeleteVmNic.Response {
        try Self.example(DeleteVmNic.Response.self, json: Self.deleteVmNicExample)
    }
}
