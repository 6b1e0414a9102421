public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteDataVolume``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteDataVolumeExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteDataVolume(
        _ request: DeleteDataVolume.Request
    ) async throws -> DeleteDataVolume.Response {
        try Self.example(DeleteDataVolume.Response.self, json: Self.deleteDataVolumeExample)
    }
}
