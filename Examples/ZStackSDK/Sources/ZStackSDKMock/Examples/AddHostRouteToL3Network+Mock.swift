public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AddHostRouteToL3Network``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let addHostRouteToL3NetworkExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "4145f3e9417716bc2b7c6a3dcab77f31",
            "name": "name",
            "description": "description",
            "type": "type",
            "zoneUuid": "69c195d9332e009e2e6015b5dde687da",
            "l2NetworkUuid": "50c0c1b9690509c71ba747a0d1f63ee9",
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
                "uuid": "ea550e3ffc078d579e4e170b1ee86535",
                "l3NetworkUuid": "90817ba8a7fc417362fb3d0392b65c35",
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
                "l3NetworkUuid": "ca6a19abf95f4dcb42da548914e6cea2",
                "networkServiceProviderUuid": "eb88bf25826b66912281c933a0d906eb",
                "networkServiceType": "networkServiceType"
              }
            ],
            "hostRoute": [
              {
                "id": 1,
                "l3NetworkUuid": "737f3482805e17466e7d269705cb1e5c",
                "prefix": "prefix",
                "nexthop": "nexthop",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "reservedIpRanges": [
              {
                "uuid": "5dcadd6af6cbc5e7db9e45419fd9cac2",
                "l3NetworkUuid": "7dab295ff93f7fd30a73052d11a2979e",
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
    public func addHostRouteToL3Network(
        _ request: AddHostRouteToL3Network.Request
    ) async throws -> AddHostRouteToL3Network.Response {
        try Self.example(AddHostRouteToL3Network.Response.self, json: Self.addHostRouteToL3NetworkExample)
    }
}
