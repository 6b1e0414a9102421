public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteCephPrimaryStoragePool``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteCephPrimaryStoragePoolExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteCephPrimaryStoragePool(
        _ request: DeleteCephPrimaryStoragePool.Request
    ) async throws -> DeleteCephPrimaryStoragePool.Response {
        try Self.example(DeleteCephPrimaryStoragePool.Response.self, json: Self.deleteCephPrimaryStoragePoolExample)
    }
}
