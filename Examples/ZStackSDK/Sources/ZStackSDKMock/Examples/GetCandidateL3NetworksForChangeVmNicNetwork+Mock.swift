public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetCandidateL3NetworksForChangeVmNicNetwork``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getCandidateL3NetworksForChangeVmNicNetworkExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "18ea8665dd54ea0e6fef83b398534807",
              "name": "name",
              "description": "description",
              "type": "type",
              "zoneUuid": "30df0398de7cba50ffaff70558c0e27d",
              "l2NetworkUuid": "e15d59ccc98ab0a563767cb6712dc79b",
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
                  "uuid": "a8c58947e25fbef9cc3a5b7281dc5403",
                  "l3NetworkUuid": "f880abf70d2e714547af1a6d057f981d",
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
                  "l3NetworkUuid": "209a798e175701d999c241518acc26b4",
                  "networkServiceProviderUuid": "8e6ddfe59cf4a1774b4280711e80092f",
                  "networkServiceType": "networkServiceType"
                }
              ],
              "hostRoute": [
                {
                  "id": 1,
                  "l3NetworkUuid": "2182e7d15c8f90b429864962ecf72333",
                  "prefix": "prefix",
                  "nexthop": "nexthop",
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                }
              ],
              "reservedIpRanges": [
                {
                  "uuid": "9603409430262dc51f67820f10805a32",
                  "l3NetworkUuid": "722af4a489c466714f7ed2472863fbb5",
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
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getCandidateL3NetworksForChangeVmNicNetwork(
        _ request: GetCandidateL3NetworksForChangeVmNicNetwork.Request
    ) async throws -> GetCandidateL3NetworksForChangeVmNicNetwork.Response {
        try Self.example(GetCandidateL3NetworksForChangeVmNicNetwork.Response.self, json: Self.getCandidateL3NetworksForChangeVmNicNetworkExample)
    }
}
