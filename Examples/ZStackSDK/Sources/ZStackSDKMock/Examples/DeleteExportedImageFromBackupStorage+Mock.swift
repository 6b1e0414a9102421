public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteExportedImageFromBackupStorage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteExportedImageFromBackupStorageExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteExportedImageFromBackupStorage(
        _ request: DeleteExportedImageFromBackupStorage.Request
    ) async throws -> DeleteExportedImageFromBackupStorage.Response {
        try Self.example(DeleteExportedImageFromBackupStorage.Response.self, json: Self.deleteExportedImageFromBackupStorageExample)
    }
}
