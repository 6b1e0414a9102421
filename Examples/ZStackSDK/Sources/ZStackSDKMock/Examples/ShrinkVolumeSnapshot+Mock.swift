public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ShrinkVolumeSnapshot``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let shrinkVolumeSnapshotExample = #"""
        {
          "success": true,
          "shrinkResult": {
            "oldSize": 1,
            "size": 1,
            "deltaSize": 1
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func shrinkVolumeSnapshot(
        _ request: ShrinkVolumeSnapshot.Request
    ) async throws -> ShrinkVolumeSnapshot.Response {
        try Self.example(ShrinkVolumeSnapshot.Response.self, json: Self.shrinkVolumeSnapshotExample)
    }
}
