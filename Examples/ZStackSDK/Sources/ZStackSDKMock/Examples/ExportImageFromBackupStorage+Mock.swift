public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ExportImageFromBackupStorage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let exportImageFromBackupStorageExample = #"""
        {
          "imageUrl": "imageUrl",
          "exportMd5Sum": "exportMd5Sum",
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func exportImageFromBackupStorage(
        _ request: ExportImageFromBackupStorage.Request
    ) async throws -> ExportImageFromBackupStorage.Response {
        try Self.example(ExportImageFromBackupStorage.Response.self, json: Self.exportImageFromBackupStorageExample)
    }
}
