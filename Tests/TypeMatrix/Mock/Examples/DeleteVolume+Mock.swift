public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``DeleteVolume``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteVolumeExample = #"""
        {
          "answeredBy": "answeredBy",
          "volumeUuid": "4397bf39d213f33c36091af21f1ab876",
          "deleteMode": "deleteMode"
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteVolume(
        _ request: DeleteVolume.Request
    ) async throws -> DeleteVolume.Response {
        try Self.example(DeleteVolume.Response.self, json: Self.deleteVolumeExample)
    }
}
