public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetCandidateL3NetworksForLoadBalancer``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getCandidateL3NetworksForLoadBalancerExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "e72e1de1e6f1a5e38dc9f8f331c82c94",
              "name": "name",
              "description": "description",
              "type": "type",
              "zoneUuid": "67d22b46a28a41892a8fbe37c778c917",
              "l2NetworkUuid": "5bb24ab1d3004a6a07e4d11ee551b0ad",
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
                  "uuid": "c9adf28cbfc45ce075c99dab7843acf9",
                  "l3NetworkUuid": "d02988959ed1f68638878ac600bdd4a7",
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
                  "l3NetworkUuid": "642d5e6bc691885c45502f061f401bb5",
                  "networkServiceProviderUuid": "59be9b676fb5993c9aa35606f54d93da",
                  "networkServiceType": "networkServiceType"
                }
              ],
              "hostRoute": [
                {
                  "id": 1,
                  "l3NetworkUuid": "1e0e15f0a9a803f5ce201d3f28349054",
                  "prefix": "prefix",
                  "nexthop": "nexthop",
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                }
              ],
              "reservedIpRanges": [
                {
                  "uuid": "2d3857fbd85ad590240a288b445a9a60",
                  "l3NetworkUuid": "737d65caf0b8a9461a0349fe57745df8",
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
    public func getCandidateL3NetworksForLoadBalancer(
        _ request: GetCandidateL3NetworksForLoadBalancer.Request
    ) async throws -> GetCandidateL3NetworksForLoadBalancer.Response {
        try Self.example(GetCandidateL3NetworksForLoadBalancer.Response.self, json: Self.getCandidateL3NetworksForLoadBalancerExample)
    }
}
