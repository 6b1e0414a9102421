public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryVip``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryVipExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "65a0fda7bf9bba0372f2ee7a709cc465",
              "name": "name",
              "description": "description",
              "l3NetworkUuid": "619ec2b0964430437c2189ecad6d5811",
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
                  "uuid": "c7833ec7dc72e681fd50093bf5cb507d",
                  "serviceType": "serviceType",
                  "vipUuid": "cdd772730fbb8c9512d4b9a74ec37140",
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
    public func queryVip(
        _ request: QueryVip.Request
    ) async throws -> QueryVip.Response {
        try Self.example(QueryVip.Response.self, json: Self.queryVipExample)
    }
}
