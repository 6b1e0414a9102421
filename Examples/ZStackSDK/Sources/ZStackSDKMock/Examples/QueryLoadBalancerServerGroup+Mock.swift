public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryLoadBalancerServerGroup``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryLoadBalancerServerGroupExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "602db422eb0b5484bd62c0012c02151d",
              "name": "name",
              "description": "description",
              "loadBalancerUuid": "ed54ab3083b223fe36ca5fd8bab6399d",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "listenerServerGroupRefs": [
                {
                  "id": 1,
                  "listenerUuid": "0611ca42e2ad0aa1fe3023d5836bc6ad",
                  "serverGroupUuid": "9b11d15eb66f0a88332447c21dd0fdcc",
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                }
              ],
              "serverIps": [
                {
                  "id": 1,
                  "description": "description",
                  "serverGroupUuid": "ac13330691687deb855a07911d84c619",
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
                  "serverGroupUuid": "8971b30860fdbf0f26aa612c3679f3f6",
                  "vmNicUuid": "60a3e84fda53756a5f5eb0dd9c8b13c5",
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
    public func queryLoadBalancerServerGroup(
        _ request: QueryLoadBalancerServerGroup.Request
    ) async throws -> QueryLoadBalancerServerGroup.Response {
        try Self.example(QueryLoadBalancerServerGroup.Response.self, json: Self.queryLoadBalancerServerGroupExample)
    }
}
