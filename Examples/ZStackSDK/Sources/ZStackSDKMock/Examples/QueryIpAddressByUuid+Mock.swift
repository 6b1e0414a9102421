public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryIpAddressByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryIpAddressByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "3c212759b8e5a05d6d44a12dbf595507",
              "ipRangeUuid": "82eb0ff67a3a33fce61ed658735a1a90",
              "l3NetworkUuid": "fb768462f10c7d89fef3c8dbd41b3e95",
              "ipVersion": 1,
              "ip": "ip",
              "netmask": "netmask",
              "gateway": "gateway",
              "usedFor": "usedFor",
              "ipInLong": 1,
              "ipInBinary": [
                1
              ],
              "vmNicUuid": "1c37ad64e2ad263d27890e53e860c8f0",
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
    public func queryIpAddressByUuid(
        _ request: QueryIpAddressByUuid.Request
    ) async throws -> QueryIpAddressByUuid.Response {
        try Self.example(QueryIpAddressByUuid.Response.self, json: Self.queryIpAddressByUuidExample)
    }
}
