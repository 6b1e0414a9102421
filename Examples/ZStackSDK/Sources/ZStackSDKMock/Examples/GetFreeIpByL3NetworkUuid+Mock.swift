public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetFreeIpByL3NetworkUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getFreeIpByL3NetworkUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "ipRangeUuid": "91b0620414b31bdfae1676d7a53bbac0",
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
    public func getFreeIpByL3NetworkUuid(
        _ request: GetFreeIpByL3NetworkUuid.Request
    ) async throws -> GetFreeIpByL3NetworkUuid.Response {
        try Self.example(GetFreeIpByL3NetworkUuid.Response.self, json: Self.getFreeIpByL3NetworkUuidExample)
    }
}
