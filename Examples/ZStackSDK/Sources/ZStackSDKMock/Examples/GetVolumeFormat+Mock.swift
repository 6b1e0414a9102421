public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetVolumeFormat``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getVolumeFormatExample = #"""
        {
          "success": true,
          "formats": [
            {}
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getVolumeFormat(
        _ request: GetVolumeFormat.Request
    ) async throws -> GetVolumeFormat.Response {
        try Self.example(GetVolumeFormat.Response.self, json: Self.getVolumeFormatExample)
    }
}
