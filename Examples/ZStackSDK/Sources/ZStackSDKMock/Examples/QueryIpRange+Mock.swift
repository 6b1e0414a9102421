public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryIpRange``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryIpRangeExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "139a40bc9041a07e608acb4e3e17a032",
              "l3NetworkUuid": "304c3b83f0fe48ace8c74b258aad7898",
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
    public func queryIpRange(
        _ request: QueryIpRange.Request
    ) async throws -> QueryIpRange.Response {
        try Self.example(QueryIpRange.Response.self, json: Self.queryIpRangeExample)
    }
}
