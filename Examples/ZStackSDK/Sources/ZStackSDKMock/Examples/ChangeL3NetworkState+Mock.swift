public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ChangeL3NetworkState``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let changeL3NetworkStateExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "c15e9d0b18ab883941f58af96e911f95",
            "name": "name",
            "description": "description",
            "type": "type",
            "zoneUuid": "cac380e7ae78a253048090ed3248e01a",
            "l2NetworkUuid": "b846d804c4bf944476ba6724cc50ac2b",
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
                "uuid": "f512b35606d9614a556d15629ee7b64e",
                "l3NetworkUuid": "81d3b235a775123069406be3cf96717e",
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
                "l3NetworkUuid": "edac07c8081352f695efd34f36a01a09",
                "networkServiceProviderUuid": "15c64b008a667252c4088864b557ec11",
                "networkServiceType": "networkServiceType"
              }
            ],
            "hostRoute": [
              {
                "id": 1,
                "l3NetworkUuid": "4376f125f964b103fa4c139f19a9a723",
                "prefix": "prefix",
                "nexthop": "nexthop",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "reservedIpRanges": [
              {
                "uuid": "bcd46763998340aa40e53381f4ad636d",
                "l3NetworkUuid": "af1639ccbc9d5910f298807e917b0a52",
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
    public func changeL3NetworkState(
        _ request: ChangeL3NetworkState.Request
    ) async throws -> ChangeL3NetworkState.Response {
        try Self.example(ChangeL3NetworkState.Response.self, json: Self.changeL3NetworkStateExample)
    }
}
