public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetVolumeSnapshotSize``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getVolumeSnapshotSizeExample = #"""
        {
          "size": 1,
          "actualSize": 1,
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getVolumeSnapshotSize(
        _ request: GetVolumeSnapshotSize.Request
    ) async throws -> GetVolumeSnapshotSize.Response {
        try Self.example(GetVolumeSnapshotSize.Response.self, json: Self.getVolumeSnapshotSizeExample)
    }
}
