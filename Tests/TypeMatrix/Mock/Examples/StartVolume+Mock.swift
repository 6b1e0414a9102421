public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``StartVolume``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let startVolumeExample = #"""
        {
          "answeredBy": "answeredBy",
          "uuid": "1cfc071b1c7efcd2e623cb203d4dfd7a"
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func startVolume(
        _ request: StartVolume.Request
    ) async throws -> StartVolume.Response {
        try Self.example(StartVolume.Response.self, json: Self.startVolumeExample)
    }
}
