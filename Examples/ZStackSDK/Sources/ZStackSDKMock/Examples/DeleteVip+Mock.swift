public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteVip``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteVipExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteVip(
        _ request: DeleteVip.Request
    ) async throws -> DeleteVip.Response {
        try Self.example(DeleteVip.Response.self, json: Self.deleteVipExample)
    }
}
