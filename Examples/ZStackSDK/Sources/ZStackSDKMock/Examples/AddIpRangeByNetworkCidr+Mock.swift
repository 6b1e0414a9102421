public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AddIpRangeByNetworkCidr``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let addIpRangeByNetworkCidrExample = #"""
        {
          "success": true,
          "inventories": {
            "uuid": "d8221bf1212d90acf4a51d23d13248ed",
            "l3NetworkUuid": "d05cb5672586aff6a87f0eed21e6c8c3",
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
            "uuid": "89a425e92649ece20e4c253972cfd5c2",
            "l3NetworkUuid": "2db872eb1f157ea8ae44a6339263d63c",
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
    public func addIpRangeByNetworkCidr(
        _ request: AddIpRangeByNetworkCidr.Request
    ) async throws -> AddIpRangeByNetworkCidr.Response {
        try Self.example(AddIpRangeByNetworkCidr.Response.self, json: Self.addIpRangeByNetworkCidrExample)
    }
}
