public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryLoadBalancerServerGroupByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryLoadBalancerServerGroupByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "39bab8806d19ad54a83908f6e229d264",
              "name": "name",
              "description": "description",
              "loadBalancerUuid": "d2f532ef1149f04ec5d6205772841272",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "listenerServerGroupRefs": [
                {
                  "id": 1,
                  "listenerUuid": "4efc2d9faeffd0b580c273a11a7bfe19",
                  "serverGroupUuid": "0bce873c0040c338b34d0dce3d3880d5",
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                }
              ],
              "serverIps": [
                {
                  "id": 1,
                  "description": "description",
                  "serverGroupUuid": "d45ae256a4f810f79f5e2d93f613a8f3",
                  "ipAddress": "ipAddress",
                  "weight": 1,
                  "status": "status",
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                }
              ],
              "vmNicRefs": [
                {
                  "id": 1,
                  "serverGroupUuid": "5fddf80f02ac02c78bd0f862e51a9aa2",
                  "vmNicUuid": "c0fc76ee79878d4a1238b76ac46bac5b",
                  "weight": 1,
                  "status": "status",
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
    public func queryLoadBalancerServerGroupByUuid(
        _ request: QueryLoadBalancerServerGroupByUuid.Request
    ) async throws -> QueryLoadBalancerServerGroupByUuid.Response {
        try Self.example(QueryLoadBalancerServerGroupByUuid.Response.self, json: Self.queryLoadBalancerServerGroupByUuidExample)
    }
}
