public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DetachDataVolumeFromHost``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let detachDataVolumeFromHostExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func detachDataVolumeFromHost(
        _ request: DetachDataVolumeFromHost.Request
    ) async throws -> DetachDataVolumeFromHost.Response {
        try Self.example(DetachDataVolumeFromHost.Response.self, json: Self.detachDataVolumeFromHostExample)
    }
}
