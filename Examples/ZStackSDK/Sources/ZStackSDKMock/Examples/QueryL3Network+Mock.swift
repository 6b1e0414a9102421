public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryL3Network``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryL3NetworkExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "b789758c01ffe8070538b665a5b6364e",
              "name": "name",
              "description": "description",
              "type": "type",
              "zoneUuid": "d6e2771d34e53089d74e638f7e8c574e",
              "l2NetworkUuid": "cbf3c5b9f75692a29d2fd037a75e8e7e",
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
                  "uuid": "db862fd7a1c55300f7bb6012c84f9338",
                  "l3NetworkUuid": "dcb4ec3b701d7102b0ca83334f40ff79",
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
                  "l3NetworkUuid": "a3f28994ce9fa4381d61cc6fcd153bfc",
                  "networkServiceProviderUuid": "2856652d11fff4705f56e8f8128b2308",
                  "networkServiceType": "networkServiceType"
                }
              ],
              "hostRoute": [
                {
                  "id": 1,
                  "l3NetworkUuid": "58e1a4ef81c4a99dd9b7132b7dfcabb0",
                  "prefix": "prefix",
                  "nexthop": "nexthop",
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                }
              ],
              "reservedIpRanges": [
                {
                  "uuid": "74a4c1d8913426bc68576582f7d482bf",
                  "l3NetworkUuid": "53e4213a4190c506e7bb771bc639d414",
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
    public func queryL3Network(
        _ request: QueryL3Network.Request
    ) async throws -> QueryL3Network.Response {
        try Self.example(QueryL3Network.Response.self, json: Self.queryL3NetworkExample)
    }
}
