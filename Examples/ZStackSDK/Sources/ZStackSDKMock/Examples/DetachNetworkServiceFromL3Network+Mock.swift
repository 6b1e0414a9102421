public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DetachNetworkServiceFromL3Network``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let detachNetworkServiceFromL3NetworkExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "efd48522f2777bef5370234081cf649c",
            "name": "name",
            "description": "description",
            "type": "type",
            "zoneUuid": "e5eda54243ff6e79ba803440c4191f8c",
            "l2NetworkUuid": "4d05ee250297d13ece10b0cfe22bc852",
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
                "uuid": "c2482e0bcfce1bfcc8d32143e627fbf7",
                "l3NetworkUuid": "c32ce72232a1bb7e966ceef6acf91af2",
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
                "l3NetworkUuid": "3118e725b99c0d9c8433c109196a23bf",
                "networkServiceProviderUuid": "120e344d8c2a2c0461a0df3e3018d54b",
                "networkServiceType": "networkServiceType"
              }
            ],
            "hostRoute": [
              {
                "id": 1,
                "l3NetworkUuid": "0a773f54551cffc121907a42e56ee9c8",
                "prefix": "prefix",
                "nexthop": "nexthop",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "reservedIpRanges": [
              {
                "uuid": "b0980d727e729de8344251906d06eaae",
                "l3NetworkUuid": "ef4fd53ac4e13cf2b730a0fbee157d84",
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
    public func detachNetworkServiceFromL3Network(
        _ request: DetachNetworkServiceFromL3Network.Request
    ) async throws -> DetachNetworkServiceFromL3Network.Response {
        try Self.example(DetachNetworkServiceFromL3Network.Response.self, json: Self.detachNetworkServiceFromL3NetworkExample)
    }
}
