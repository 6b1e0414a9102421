public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UngroupVolumeSnapshotGroup``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let ungroupVolumeSnapshotGroupExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func ungroupVolumeSnapshotGroup(
        _ request: UngroupVolumeSnapshotGroup.Request
    ) async throws -> UngroupVolumeSnapshotGroup.Response {
        try Self.example(UngroupVolumeSnapshotGroup.Response.self, json: Self.ungroupVolumeSnapshotGroupExample)
    }
}
