public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteVolumeSnapshot``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteVolumeSnapshotExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteVolumeSnapshot(
        _ request: DeleteVolumeSnapshot.Request
    ) async throws -> DeleteVolumeSnapshot.Response {
        try Self.example(DeleteVolumeSnapshot.Response.self, json: Self.deleteVolumeSnapshotExample)
    }
}
