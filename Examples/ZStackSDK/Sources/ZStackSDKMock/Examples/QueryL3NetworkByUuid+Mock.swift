public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryL3NetworkByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryL3NetworkByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "fe50ed8fcfe5b10bf2da7d7666ea581b",
              "name": "name",
              "description": "description",
              "type": "type",
              "zoneUuid": "ebcedfd391345725d799fdc31ae165ad",
              "l2NetworkUuid": "62b623af7dbbbeb2fa978602e237e44d",
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
                  "uuid": "cab1dc23d36391e8ed439c046bd8b353",
                  "l3NetworkUuid": "77e78864a4bd1cb2b8f7b23f460840c8",
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
                  "l3NetworkUuid": "fa91943f81cdcab06051cdf180f25f87",
                  "networkServiceProviderUuid": "734c2ebb5a175d88899e43e4253924f1",
                  "networkServiceType": "networkServiceType"
                }
              ],
              "hostRoute": [
                {
                  "id": 1,
                  "l3NetworkUuid": "acbd76f38a2a8d253b94e57ea217cca7",
                  "prefix": "prefix",
                  "nexthop": "nexthop",
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                }
              ],
              "reservedIpRanges": [
                {
                  "uuid": "c4b23e2888573e1cd5b12efa4ac575b7",
                  "l3NetworkUuid": "d0224933c061c0de452eed11664dd20a",
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
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func queryL3NetworkByUuid(
        _ request: QueryL3NetworkByUuid.Request
    ) async throws -> QueryL3NetworkByUuid.Response {
        try Self.example(QueryL3NetworkByUuid.Response.self, json: Self.queryL3NetworkByUuidExample)
    }
}
