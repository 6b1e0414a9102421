public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetVmConsoleAddress``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getVmConsoleAddressExample = #"""
        {
          "hostIp": "hostIp",
          "port": 1,
          "protocol": "protocol",
          "vdiPortInfo": {
            "vncPort": 1,
            "spicePort": 1,
            "spiceTlsPort": 1
          },
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getVmConsoleAddress(
        _ request: GetVmConsoleAddress.Request
    ) async throws -> GetVmConsoleAddress.Response {
        try Self.example(GetVmConsoleAddress.Response.self, json: Self.getVmConsoleAddressExample)
    }
}
