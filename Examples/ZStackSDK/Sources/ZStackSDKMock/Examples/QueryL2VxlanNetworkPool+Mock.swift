public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryL2VxlanNetworkPool``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryL2VxlanNetworkPoolExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "attachedVtepRefs": [
                {
                  "uuid": "ac2135a9d9970d6d84b1298dfb6e7c63",
                  "hostUuid": "28e231b1569bd0b7f4e9047e4f948b03",
                  "vtepIp": "vtepIp",
                  "port": 1,
                  "type": "type",
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                  "poolUuid": "acc8117b6378791326c46d5fe74d79e8"
                }
              ],
              "attachedVxlanNetworkRefs": [
                {
                  "vni": 1,
                  "poolUuid": "0f7417659b0c6c1d959442e4ab0bc3a2",
                  "uuid": "25965d508649b19772ac30478906abcb",
                  "name": "name",
                  "description": "description",
                  "zoneUuid": "8a14571560c0a655d1d328dc783d81ea",
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
                  "uuid": "29fa2658403559063084d97b7124534d",
                  "name": "name",
                  "description": "description",
                  "startVni": 1,
                  "endVni": 1,
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                  "l2NetworkUuid": "86a993e21e4e2d658bf4655dd49cf2a1"
                }
              ],
              "attachedCidrs": {
                "key": "attachedCidrs"
              },
              "uuid": "a9b7d7c82c2e794079db34e98f5cc29e",
              "name": "name",
              "description": "description",
              "zoneUuid": "670f04cbf8897cceb20dbba390fd176f",
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
    public func queryL2VxlanNetworkPool(
        _ request: QueryL2VxlanNetworkPool.Request
    ) async throws -> QueryL2VxlanNetworkPool.Response {
        try Self.example(QueryL2VxlanNetworkPool.Response.self, json: Self.queryL2VxlanNetworkPoolExample)
    }
}
