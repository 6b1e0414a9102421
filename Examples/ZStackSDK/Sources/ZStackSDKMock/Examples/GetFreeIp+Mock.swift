public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetFreeIp``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getFreeIpExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "ipRangeUuid": "5c0cd42d68d7d39bae6c75d560e5d8f5",
              "ip": "ip",
              "netmask": "netmask",
              "gateway": "gateway"
            }
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getFreeIp(
        _ request: GetFreeIp.Request
    ) async throws -> GetFreeIp.Response {
        try Self.example(GetFreeIp.Response.self, json: Self.getFreeIpExample)
    }
}
