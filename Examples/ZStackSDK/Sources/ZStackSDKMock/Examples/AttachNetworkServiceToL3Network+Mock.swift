public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AttachNetworkServiceToL3Network``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let attachNetworkServiceToL3NetworkExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "4e6427848c526262ef37398c175c0265",
            "name": "name",
            "description": "description",
            "type": "type",
            "zoneUuid": "c9b0b39a21d109f0066baa0e0d74f23b",
            "l2NetworkUuid": "07f2e28ce4fe164974a91cf787361c01",
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
                "uuid": "1b7c953dc5f7d4a57324e117cc541a14",
                "l3NetworkUuid": "9f089861fb9effa5613a267eac4d4a6b",
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
                "l3NetworkUuid": "97606868546570c1b64464abf69342f3",
                "networkServiceProviderUuid": "6926e10e70833cff9d77013f32640caa",
                "networkServiceType": "networkServiceType"
              }
            ],
            "hostRoute": [
              {
                "id": 1,
                "l3NetworkUuid": "68cfb93019f5d398012e7a3117f4add8",
                "prefix": "prefix",
                "nexthop": "nexthop",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "reservedIpRanges": [
              {
                "uuid": "5faef0973a6fec85c8fa79fad67b1dba",
                "l3NetworkUuid": "5c2956183f956535884c3e4eea8c9438",
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
    public func attachNetworkServiceToL3Network(
        _ request: AttachNetworkServiceToL3Network.Request
    ) async throws -> AttachNetworkServiceToL3Network.Response {
        try Self.example(AttachNetworkServiceToL3Network.Response.self, json: Self.attachNetworkServiceToL3NetworkExample)
    }
}
