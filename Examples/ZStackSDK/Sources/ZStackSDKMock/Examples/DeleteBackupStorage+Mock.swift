public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteBackupStorage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteBackupStorageExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteBackupStorage(
        _ request: DeleteBackupStorage.Request
    ) async throws -> DeleteBackupStorage.Response {
        try Self.example(DeleteBackupStorage.Response.self, json: Self.deleteBackupStorageExample)
    }
}
