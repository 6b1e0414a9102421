public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryVipByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryVipByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "a28767ba9dd4cbabcb7ffe1596629691",
              "name": "name",
              "description": "description",
              "l3NetworkUuid": "e4dd2cf2dc95cbcfd5c41635f483105c",
              "ip": "ip",
              "state": "state",
              "gateway": "gateway",
              "netmask": "netmask",
              "prefixLen": 1,
              "serviceProvider": "serviceProvider",
              "peerL3NetworkUuids": [
                "peerL3NetworkUuids"
              ],
              "servicesRefs": [
                {
                  "uuid": "fb1167f9df4948c560e4ec52bb970165",
                  "serviceType": "serviceType",
                  "vipUuid": "a3ccc46676b041d1bd451891ad4266c3",
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                }
              ],
              "useFor": "useFor",
              "system": true,
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
    public func queryVipByUuid(
        _ request: QueryVipByUuid.Request
    ) async throws -> QueryVipByUuid.Response {
        try Self.example(QueryVipByUuid.Response.self, json: Self.queryVipByUuidExample)
    }
}
