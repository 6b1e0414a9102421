public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AttachDataVolumeToHost``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let attachDataVolumeToHostExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func attachDataVolumeToHost(
        _ request: AttachDataVolumeToHost.Request
    ) async throws -> AttachDataVolumeToHost.Response {
        try Self.example(AttachDataVolumeToHost.Response.self, json: Self.attachDataVolumeToHostExample)
    }
}
