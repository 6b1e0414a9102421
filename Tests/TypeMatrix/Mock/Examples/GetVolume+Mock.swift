public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``GetVolume``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getVolumeExample = #"""
        {
          "answeredBy": "answeredBy",
          "uuid": "5e0eb469cc93ea144bff2179a01adfbe"
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getVolume(
        _ request: GetVolume.Request
    ) async throws -> GetVolume.Response {
        try Self.example(GetVolume.Response.self, json: Self.getVolumeExample)
    }
}
