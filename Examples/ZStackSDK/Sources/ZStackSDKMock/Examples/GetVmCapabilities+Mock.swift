public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetVmCapabilities``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getVmCapabilitiesExample = #"""
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
    public func getVmCapabilities(
        _ request: GetVmCapabilities.Request
    ) async throws -> GetVmCapabilities.Response {
        try Self.example(GetVmCapabilities.Response.self, json: Self.getVmCapabilitiesExample)
    }
}
