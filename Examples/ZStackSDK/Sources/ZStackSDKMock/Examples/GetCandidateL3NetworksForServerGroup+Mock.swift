public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetCandidateL3NetworksForServerGroup``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getCandidateL3NetworksForServerGroupExample = #"""
        {
          "inventories": [
            {
              "uuid": "3ce917335e814e9c78d72f327f770c41",
              "name": "name",
              "description": "description",
              "type": "type",
              "zoneUuid": "80f4f72a7ff7d5d6c52088152e6cc64f",
              "l2NetworkUuid": "9600f7b2724d7247ec570a8100a30caa",
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
                  "uuid": "1557bad1119a7ba3e4a8c491f6840744",
                  "l3NetworkUuid": "00d65ff501aa8ad391723497c10ce1b8",
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
                  "l3NetworkUuid": "734520b62bdc73a79ec6668f9f672ef6",
                  "networkServiceProviderUuid": "4d3a80b8b4b605018eb0ce52cdbd0459",
                  "networkServiceType": "networkServiceType"
                }
              ],
              "hostRoute": [
                {
                  "id": 1,
                  "l3NetworkUuid": "30a6ce168c72f0fad4dbc3e4841fa5e5",
                  "prefix": "prefix",
                  "nexthop": "nexthop",
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                }
              ],
              "reservedIpRanges": [
                {
                  "uuid": "aa363f95c615f0e360955651ad34dd1d",
                  "l3NetworkUuid": "fa520efc7d4792434537470bc98f3341",
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
          ],
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getCandidateL3NetworksForServerGroup(
        _ request: GetCandidateL3NetworksForServerGroup.Request
    ) async throws -> GetCandidateL3NetworksForServerGroup.Response {
        try Self.example(GetCandidateL3NetworksForServerGroup.Response.self, json: Self.getCandidateL3NetworksForServerGroupExample)
    }
}
