public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``ResizeVolume``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let resizeVolumeExample = #"""
        {
          "answeredBy": "answeredBy",
          "volumeUuid": "df74aaf9bba1e1b983c82283d97bd82d",
          "size": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func resizeVolume(
        _ request: ResizeVolume.Request
    ) async throws -> ResizeVolume.Response {
        try Self.example(ResizeVolume.Response.self, json: Self.resizeVolumeExample)
    }
}
