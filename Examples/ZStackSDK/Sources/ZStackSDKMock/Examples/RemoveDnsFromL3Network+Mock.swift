public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``RemoveDnsFromL3Network``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let removeDnsFromL3NetworkExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "104dd7afa9f1ff652b498eba3661d5f3",
            "name": "name",
            "description": "description",
            "type": "type",
            "zoneUuid": "ecdb236de13527075eb218f5e85fd26b",
            "l2NetworkUuid": "8fc2732b207d3c84ece26bf8b0be9dd2",
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
                "uuid": "a28f6c43845e375a4b7293ab4ab3417e",
                "l3NetworkUuid": "3986c8e6b3240f7078746d39b23e259f",
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
                "l3NetworkUuid": "78e76349f851b76e56dd241e389e4409",
                "networkServiceProviderUuid": "c34b8de3ac45258a96fce61681e0ea90",
                "networkServiceType": "networkServiceType"
              }
            ],
            "hostRoute": [
              {
                "id": 1,
                "l3NetworkUuid": "f7c595358ff9aafb59d52d8656153bee",
                "prefix": "prefix",
                "nexthop": "nexthop",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "reservedIpRanges": [
              {
                "uuid": "51f02d8a2bf02d92d2890ec72929f49b",
                "l3NetworkUuid": "c7aaa830d336bc48dac964b8924eb3d8",
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
    public func removeDnsFromL3Network(
        _ request: RemoveDnsFromL3Network.Request
    ) async throws -> RemoveDnsFromL3Network.Response {
        try Self.example(RemoveDnsFromL3Network.Response.self, json: Self.removeDnsFromL3NetworkExample)
    }
}
