public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetVolumeCapabilities``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getVolumeCapabilitiesExample = #"""
        {
          "success": true,
          "capabilities": {
            "key": {}
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getVolumeCapabilities(
        _ request: GetVolumeCapabilities.Request
    ) async throws -> GetVolumeCapabilities.Response {
        try Self.example(GetVolumeCapabilities.Response.self, json: Self.getVolumeCapabilitiesExample)
    }
}
