public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryAddressPool``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryAddressPoolExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "71cb128a7b786a3a27fb2fadf6f415a2",
              "l3NetworkUuid": "eb86b81a13bb46e8d9b4bd31e63d0e42",
              "name": "name",
              "description": "description",
              "startIp": "startIp",
              "endIp": "endIp",
              "netmask": "netmask",
              "gateway": "gateway",
              "networkCidr": "networkCidr",
              "ipVersion": 1,
              "addressMode": "addressMode",
              "prefixLen": 1,
              "ipRangeType": {},
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
    public func queryAddressPool(
        _ request: QueryAddressPool.Request
    ) async throws -> QueryAddressPool.Response {
        try Self.example(QueryAddressPool.Response.self, json: Self.queryAddressPoolExample)
    }
}
