public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ExpungeDataVolume``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let expungeDataVolumeExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func expungeDataVolume(
        _ request: ExpungeDataVolume.Request
    ) async throws -> ExpungeDataVolume.Response {
        try Self.example(ExpungeDataVolume.Response.self, json: Self.expungeDataVolumeExample)
    }
}
