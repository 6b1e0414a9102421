public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryL2VxlanNetworkPoolByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryL2VxlanNetworkPoolByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "attachedVtepRefs": [
                {
                  "uuid": "2ede5cc0f6b1b57d0ccf96466006b8d0",
                  "hostUuid": "0f1ced866fb5e41b0f377c46def05c86",
                  "vtepIp": "vtepIp",
                  "port": 1,
                  "type": "type",
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                  "poolUuid": "1b8b41bc83185087e11a9339415fb5b8"
                }
              ],
              "attachedVxlanNetworkRefs": [
                {
                  "vni": 1,
                  "poolUuid": "fdb60153e8f1617d2c9fa4a0ee41a46d",
                  "uuid": "b49b3a9486df2ddbf7262fe605e7cbaf",
                  "name": "name",
                  "description": "description",
                  "zoneUuid": "a1fd62600f7ef1697cce35ce99b33f35",
                  "physicalInterface": "physicalInterface",
                  "type": "type",
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                  "attachedClusterUuids": [
                    "attachedClusterUuids"
                  ]
                }
              ],
              "attachedVniRanges": [
                {
                  "uuid": "6ac8b95ef5c33bd6254f59241d5e1547",
                  "name": "name",
                  "description": "description",
                  "startVni": 1,
                  "endVni": 1,
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                  "l2NetworkUuid": "6b709bb329f86a1523f058722bf08f5e"
                }
              ],
              "attachedCidrs": {
                "key": "attachedCidrs"
              },
              "uuid": "088ecbedd776a57cbc37f7088d9784e4",
              "name": "name",
              "description": "description",
              "zoneUuid": "db6905cb3dbaa1d2790450031ca438a4",
              "physicalInterface": "physicalInterface",
              "type": "type",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "attachedClusterUuids": [
                "attachedClusterUuids"
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
    public func queryL2VxlanNetworkPoolByUuid(
        _ request: QueryL2VxlanNetworkPoolByUuid.Request
    ) async throws -> QueryL2VxlanNetworkPoolByUuid.Response {
        try Self.example(QueryL2VxlanNetworkPoolByUuid.Response.self, json: Self.queryL2VxlanNetworkPoolByUuidExample)
    }
}
