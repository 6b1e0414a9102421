public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteEip``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteEipExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteEip(
        _ request: DeleteEip.Request
    ) async throws -> DeleteEip.Response {
        try Self.example(DeleteEip.Response.self, json: Self.deleteEipExample)
    }
}
