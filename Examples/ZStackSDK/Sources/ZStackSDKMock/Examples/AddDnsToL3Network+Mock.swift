public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AddDnsToL3Network``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let addDnsToL3NetworkExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "0534f9382fc6b22e30f1dee70dab8fca",
            "name": "name",
            "description": "description",
            "type": "type",
            "zoneUuid": "01934ebab17f5404e5ff2faa1d14e912",
            "l2NetworkUuid": "ac014d84ff1972cd61e0d275e44dd7d3",
            "state": "state",
            "dnsDomain": "dnsDomain",
            "system": true,
            "category": "category",
            "ipVersion": 1,
            "enableIPAM": true,
            "isolated": true,
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "dns": [
              "dns"
            ],
            "ipRanges": [
              {
                "uuid": "05d4c752d200363d30eed671eff93804",
                "l3NetworkUuid": "3bd3b1bdc320d549b3c2a715b2437a62",
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
            "networkServices": [
              {
                "l3NetworkUuid": "3ffc9099d5e8edb19673eedce93b01ea",
                "networkServiceProviderUuid": "da827f37692e85135ec250ec4b3f58ac",
                "networkServiceType": "networkServiceType"
              }
            ],
            "hostRoute": [
              {
                "id": 1,
                "l3NetworkUuid": "8ee84c1f4ddcfe784bb23c8254215b60",
                "prefix": "prefix",
                "nexthop": "nexthop",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "reservedIpRanges": [
              {
                "uuid": "a0ef53fb40c34e557f9955743efbd900",
                "l3NetworkUuid": "ee1abda2dd8f7f912231a736d96cabd8",
                "name": "name",
                "description": "description",
                "startIp": "startIp",
                "endIp": "endIp",
                "ipVersion": 1,
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ]
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func addDnsToL3Network(
        _ request: AddDnsToL3Network.Request
    ) async throws -> AddDnsToL3Network.Response {
        try Self.example(AddDnsToL3Network.Response.self, json: Self.addDnsToL3NetworkExample)
    }
}
