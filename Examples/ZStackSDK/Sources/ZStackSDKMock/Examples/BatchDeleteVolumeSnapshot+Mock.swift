public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``BatchDeleteVolumeSnapshot``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let batchDeleteVolumeSnapshotExample = #"""
        {
          "results": [
            {
              "snapshotUuid": "7da2d886f3e830b02e8eb76a27db4f12",
              "success": true,
              "error": {
                "code": "code",
                "description": "description",
                "details": "details",
                "elaboration": "elaboration",
                "opaque": {
                  "key": "value"
                }
              }
            }
          ],
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func batchDeleteVolumeSnapshot(
        _ request: BatchDeleteVolumeSnapshot.Request
    ) async throws -> BatchDeleteVolumeSnapshot.Response {
        try Self.example(BatchDeleteVolumeSnapshot.Response.self, json: Self.batchDeleteVolumeSnapshotExample)
    }
}
