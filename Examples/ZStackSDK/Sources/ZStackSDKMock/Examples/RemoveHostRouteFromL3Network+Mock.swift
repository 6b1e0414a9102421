public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``RemoveHostRouteFromL3Network``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let removeHostRouteFromL3NetworkExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "4758335bdeed26733b6a77134c8af302",
            "name": "name",
            "description": "description",
            "type": "type",
            "zoneUuid": "fbce803997e2f5f90670a5f474154f1e",
            "l2NetworkUuid": "cdf51f74897302e68ebe4ad2877a963a",
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
                "uuid": "e3e45f09aa339604e40f206d533422ed",
                "l3NetworkUuid": "646ea5511da8ddc29912aff4a04bb208",
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
                "l3NetworkUuid": "a65865e54977aad05e90489b10955ab1",
                "networkServiceProviderUuid": "216c691b6f7eecc8a265e1486ebae305",
                "networkServiceType": "networkServiceType"
              }
            ],
            "hostRoute": [
              {
                "id": 1,
                "l3NetworkUuid": "adb7e7fd05ec6a1986ff7692f2318650",
                "prefix": "prefix",
                "nexthop": "nexthop",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "reservedIpRanges": [
              {
                "uuid": "b42c607fc59789ec7752f0acf4606fc0",
                "l3NetworkUuid": "d6deca20d7bb5ceaf3a928c817abb06f",
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
    public func removeHostRouteFromL3Network(
        _ request: RemoveHostRouteFromL3Network.Request
    ) async throws -> RemoveHostRouteFromL3Network.Response {
        try Self.example(RemoveHostRouteFromL3Network.Response.self, json: Self.removeHostRouteFromL3NetworkExample)
    }
}
