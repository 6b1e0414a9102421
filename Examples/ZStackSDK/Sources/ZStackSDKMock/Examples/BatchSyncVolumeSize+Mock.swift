public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``BatchSyncVolumeSize``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let batchSyncVolumeSizeExample = #"""
        {
          "successCount": 1,
          "failCount": 1,
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func batchSyncVolumeSize(
        _ request: BatchSyncVolumeSize.Request
    ) async throws -> BatchSyncVolumeSize.Response {
        try Self.example(BatchSyncVolumeSize.Response.self, json: Self.batchSyncVolumeSizeExample)
    }
}
