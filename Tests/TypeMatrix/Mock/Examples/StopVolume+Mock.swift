public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``StopVolume``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let stopVolumeExample = #"""
        {
          "answeredBy": "answeredBy",
          "volumeUuid": "ad9e128e1ed32e1fef822d5c24458987",
          "force": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func stopVolume(
        _ request: StopVolume.Request
    ) async throws -> StopVolume.Response {
        try Self.example(StopVolume.Response.self, json: Self.stopVolumeExample)
    }
}
