public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``RevertVolumeFromSnapshot``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let revertVolumeFromSnapshotExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func revertVolumeFromSnapshot(
        _ request: RevertVolumeFromSnapshot.Request
    ) async throws -> RevertVolumeFromSnapshot.Response {
        try Self.example(RevertVolumeFromSnapshot.Response.self, json: Self.revertVolumeFromSnapshotExample)
    }
}
