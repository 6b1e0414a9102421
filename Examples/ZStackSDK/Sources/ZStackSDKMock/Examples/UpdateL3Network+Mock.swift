public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateL3Network``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateL3NetworkExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "a3eab9c4bb6e31a649af338e9964ea8b",
            "name": "name",
            "description": "description",
            "type": "type",
            "zoneUuid": "91ea6a89e634ab14b7ab6c26522bb1ac",
            "l2NetworkUuid": "14e858b6d6ead81573c84fb8ba9685a6",
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
                "uuid": "8dec44190ade9b79a2d0bb12023e558e",
                "l3NetworkUuid": "5c441e4596259f51d19e309261cefefc",
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
                "l3NetworkUuid": "7389007bf2e9048d6b981589e08b108e",
                "networkServiceProviderUuid": "c69424e8663b4a7b225003c5f5965d5e",
                "networkServiceType": "networkServiceType"
              }
            ],
            "hostRoute": [
              {
                "id": 1,
                "l3NetworkUuid": "f5f3acad39cf8b4cc850e46e86aa7a94",
                "prefix": "prefix",
                "nexthop": "nexthop",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "reservedIpRanges": [
              {
                "uuid": "53d6ca6b49df4441090e85b0a20fc909",
                "l3NetworkUuid": "f8b364f2aa5d5239b5ec75da8139f9b1",
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
    public func updateL3Network(
        _ request: UpdateL3Network.Request
    ) async throws -> UpdateL3Network.Response {
        try Self.example(UpdateL3Network.Response.self, json: Self.updateL3NetworkExample)
    }
}
