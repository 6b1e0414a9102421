public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetVmAttachableL3Network``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getVmAttachableL3NetworkExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "788160107992330da40db2ab462cdce2",
              "name": "name",
              "description": "description",
              "type": "type",
              "zoneUuid": "7660cf47dd9609538fc8877a53d676e5",
              "l2NetworkUuid": "0bbef9a9d86dad08e4e9e4dfbc433deb",
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
                  "uuid": "85180be99c53e45a55f7a3f15ad80c4e",
                  "l3NetworkUuid": "5f6fac21f94317601c3b7d2ee7e2900b",
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
                  "l3NetworkUuid": "c0a71b4cae367bfa8b91a67f94db1d2a",
                  "networkServiceProviderUuid": "c4cc4304578b9b7af95eda08cd63c007",
                  "networkServiceType": "networkServiceType"
                }
              ],
              "hostRoute": [
                {
                  "id": 1,
                  "l3NetworkUuid": "3df77a721853c6934862dcad9269d0d5",
                  "prefix": "prefix",
                  "nexthop": "nexthop",
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                }
              ],
              "reservedIpRanges": [
                {
                  "uuid": "10d144b93f7a73064b26cf8323ad308c",
                  "l3NetworkUuid": "bb53deeac5b787f432691cec8dabbdc4",
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
    public func getVmAttachableL3Network(
        _ request: GetVmAttachableL3Network.Request
    ) async throws -> GetVmAttachableL3Network.Response {
        try Self.example(GetVmAttachableL3Network.Response.self, json: Self.getVmAttachableL3NetworkExample)
    }
}
