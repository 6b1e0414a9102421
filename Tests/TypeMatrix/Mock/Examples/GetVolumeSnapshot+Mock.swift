public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``GetVolumeSnapshot``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getVolumeSnapshotExample = #"""
        {
          "answeredBy": "answeredBy",
          "volumeUuid": "5d1ed0d355aa0e9044169fd8d08d6800",
          "uuid": "0399e26d6e9596ec28eb80736acdcd8b"
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getVolumeSnapshot(
        _ request: GetVolumeSnapshot.Request
    ) async throws -> GetVolumeSnapshot.Response {
        try Self.example(GetVolumeSnapshot.Response.self, json: Self.getVolumeSnapshotExample)
    }
}
