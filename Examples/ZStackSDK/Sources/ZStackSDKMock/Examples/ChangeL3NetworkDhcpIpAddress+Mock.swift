public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ChangeL3NetworkDhcpIpAddress``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let changeL3NetworkDhcpIpAddressExample = #"""
        {
          "dhcpServerIp": "dhcpServerIp",
          "dhcpv6ServerIp": "dhcpv6ServerIp",
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func changeL3NetworkDhcpIpAddress(
        _ request: ChangeL3NetworkDhcpIpAddress.Request
    ) async throws -> ChangeL3NetworkDhcpIpAddress.Response {
        try Self.example(ChangeL3NetworkDhcpIpAddress.Response.self, json: Self.changeL3NetworkDhcpIpAddressExample)
    }
}
