public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetVmsCapabilities``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getVmsCapabilitiesExample = #"""
        {
          "vmsCaps": {
            "key": {}
          },
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getVmsCapabilities(
        _ request: GetVmsCapabilities.Request
    ) async throws -> GetVmsCapabilities.Response {
        try Self.example(GetVmsCapabilities.Response.self, json: Self.getVmsCapabilitiesExample)
    }
}
