public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetFreeIpByIpRangeUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getFreeIpByIpRangeUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "ipRangeUuid": "9894af2ea33a0d50272e96ff565638ce",
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
    public func getFreeIpByIpRangeUuid(
        _ request: GetFreeIpByIpRangeUuid.Request
    ) async throws -> GetFreeIpByIpRangeUuid.Response {
        try Self.example(GetFreeIpByIpRangeUuid.Response.self, json: Self.getFreeIpByIpRangeUuidExample)
    }
}
