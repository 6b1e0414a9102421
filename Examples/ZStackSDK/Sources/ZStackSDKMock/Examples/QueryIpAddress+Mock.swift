public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryIpAddress``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryIpAddressExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "871cdbe189afe9f16170b5c4af991621",
              "ipRangeUuid": "da7ab67faab17ff8038bb376fb2d658d",
              "l3NetworkUuid": "3a52985dc48d24c994b3df81d244545f",
              "ipVersion": 1,
              "ip": "ip",
              "netmask": "netmask",
              "gateway": "gateway",
              "usedFor": "usedFor",
              "ipInLong": 1,
              "ipInBinary": [
                1
              ],
              "vmNicUuid": "1ee1c61f34918a09ac44074f5d67c85e",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM"
            }
          ],
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func queryIpAddress(
        _ request: QueryIpAddress.Request
    ) async throws -> QueryIpAddress.Response {
        try Self.example(QueryIpAddress.Response.self, json: Self.queryIpAddressExample)
    }
}
