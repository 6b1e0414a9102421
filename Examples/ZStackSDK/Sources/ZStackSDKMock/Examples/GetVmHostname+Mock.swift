public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetVmHostname``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getVmHostnameExample = #"""
        {
          "success": true,
          "hostname": "hostname"
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getVmHostname(
        _ request: GetVmHostname.Request
    ) async throws -> GetVmHostname.Response {
        try Self.example(GetVmHostname.Response.self, json: Self.getVmHostnameExample)
    }
}
