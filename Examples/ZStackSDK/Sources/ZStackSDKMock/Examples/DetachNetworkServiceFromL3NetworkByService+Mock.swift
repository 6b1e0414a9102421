public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DetachNetworkServiceFromL3NetworkByService``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let detachNetworkServiceFromL3NetworkByServiceExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "87e907c4ebe30052c7bb7a5b1d80e10a",
            "name": "name",
            "description": "description",
            "type": "type",
            "zoneUuid": "a1413fcc4940015ccb95a201e4d94344",
            "l2NetworkUuid": "69b8d55771a4ee9903b99c5e374f6e55",
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
                "uuid": "881f1e7afe9282112a592ac36cf1e2ce",
                "l3NetworkUuid": "41a28d3f127685b9c78b2ccaf4ff8e16",
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
                "l3NetworkUuid": "7c746356b2ec899917ac4bcac0de840a",
                "networkServiceProviderUuid": "830db65fcd3b5cc366515ddbe9ef3698",
                "networkServiceType": "networkServiceType"
              }
            ],
            "hostRoute": [
              {
                "id": 1,
                "l3NetworkUuid": "aaa590e2978fc56c276bb570d0307d89",
                "prefix": "prefix",
                "nexthop": "nexthop",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "reservedIpRanges": [
              {
                "uuid": "68d74efb6a6852d5673b8d97a01213c8",
                "l3NetworkUuid": "db863115ee3b18155346ecf93a8d23c6",
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
    public func detachNetworkServiceFromL3NetworkByService(
        _ request: DetachNetworkServiceFromL3NetworkByService.Request
    ) async throws -> DetachNetworkServiceFromL3NetworkByService.Response {
        try Self.example(DetachNetworkServiceFromL3NetworkByService.Response.self, json: Self.detachNetworkServiceFromL3NetworkByServiceExample)
    }
}
