public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetL3NetworkDhcpIpAddress``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getL3NetworkDhcpIpAddressExample = #"""
        {
          "ip": "ip",
          "ip6": "ip6",
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getL3NetworkDhcpIpAddress(
        _ request: GetL3NetworkDhcpIpAddress.Request
    ) async throws -> GetL3NetworkDhcpIpAddress.Response {
        try Self.example(GetL3NetworkDhcpIpAddress.Response.self, json: Self.getL3NetworkDhcpIpAddressExample)
    }
}
