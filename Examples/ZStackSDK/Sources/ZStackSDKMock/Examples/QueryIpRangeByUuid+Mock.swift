public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryIpRangeByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryIpRangeByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "acd8da59eb4034ae6a8622b97b88f52e",
              "l3NetworkUuid": "88ae815c8238a8bcf5d04c2293376fda",
              "name": "name",
              "description": "description",
              "startIp": "startIp",
              "endIp": "endIp",
              "netmask": "netmask",
              "prefixLen": "prefixLen",
              "gateway": "gateway",
              "networkCidr": "networkCidr",
              "ipVersion": 1,
              "addressMode": "addressMode",
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
    public func queryIpRangeByUuid(
        _ request: QueryIpRangeByUuid.Request
    ) async throws -> QueryIpRangeByUuid.Response {
        try Self.example(QueryIpRangeByUuid.Response.self, json: Self.queryIpRangeByUuidExample)
    }
}
