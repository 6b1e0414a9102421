public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteVxlanPoolRemoteVtep``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteVxlanPoolRemoteVtepExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteVxlanPoolRemoteVtep(
        _ request: DeleteVxlanPoolRemoteVtep.Request
    ) async throws -> DeleteVxlanPoolRemoteVtep.Response {
        try Self.example(DeleteVxlanPoolRemoteVtep.Response.self, json: Self.deleteVxlanPoolRemoteVtepExample)
    }
}
