public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateL3Network``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createL3NetworkExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "4f47ab2a79dec0c7caec0f5bab1c6a41",
            "name": "name",
            "description": "description",
            "type": "type",
            "zoneUuid": "1b57f2e92cb53e69957569b306ae238d",
            "l2NetworkUuid": "4a4d82613b234be22b520da1b7a4cf7c",
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
                "uuid": "8969316742ee30809af42172ff58a1d5",
                "l3NetworkUuid": "3946e54f94fc6bea98fb8a256c9ba9a8",
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
                "l3NetworkUuid": "709645fdf6fae3008af591968435fdfd",
                "networkServiceProviderUuid": "de72c81c23894ee03e47f15868769eea",
                "networkServiceType": "networkServiceType"
              }
            ],
            "hostRoute": [
              {
                "id": 1,
                "l3NetworkUuid": "041eb2dbd152735d5f93b56d9486fbaf",
                "prefix": "prefix",
                "nexthop": "nexthop",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "reservedIpRanges": [
              {
                "uuid": "d8107ff15e80273ca744384f3360557f",
                "l3NetworkUuid": "fabb35102d1f982e818cdc14cfa2b751",
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
    public func createL3Network(
        _ request: CreateL3Network.Request
    ) async throws -> CreateL3Network.Response {
        try Self.example(CreateL3Network.Response.self, json: Self.createL3NetworkExample)
    }
}
