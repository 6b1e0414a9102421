public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AddIpv6RangeByNetworkCidr``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let addIpv6RangeByNetworkCidrExample = #"""
        {
          "success": true,
          "inventories": {
            "uuid": "efed1384aac09ed6fb6037e58f3e5b20",
            "l3NetworkUuid": "b1abf924775bc11c65d1cda5b1f2b2a9",
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
          },
          "inventory": {
            "uuid": "ca65ec3c28be83d4b284644e8e1be8f4",
            "l3NetworkUuid": "fcbc5cb77fda7f1e234779648ccdd2c0",
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
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func addIpv6RangeByNetworkCidr(
        _ request: AddIpv6RangeByNetworkCidr.Request
    ) async throws -> AddIpv6RangeByNetworkCidr.Response {
        try Self.example(AddIpv6RangeByNetworkCidr.Response.self, json: Self.addIpv6RangeByNetworkCidrExample)
    }
}
