public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateLoadBalancerServerGroup``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createLoadBalancerServerGroupExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "a7c5bbfd0f090a9abfe5f16dc18ed2bf",
            "name": "name",
            "description": "description",
            "loadBalancerUuid": "9adff9cc33992ca81b416f691577dc76",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "listenerServerGroupRefs": [
              {
                "id": 1,
                "listenerUuid": "dd8cd824c59b73a71d535a317d5b39aa",
                "serverGroupUuid": "898d7f08818c4fd288f6846b4ffb1065",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "serverIps": [
              {
                "id": 1,
                "description": "description",
                "serverGroupUuid": "c4bf9c67aeaaa0319275fa436d31f90d",
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
                "serverGroupUuid": "adce6bac4d178e213b93aa3c2d375e0d",
                "vmNicUuid": "40da4223db38c4484e6758b45aa2486e",
                "weight": 1,
                "status": "status",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ]
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func createLoadBalancerServerGroup(
        _ request: CreateLoadBalancerServerGroup.Request
    ) async throws -> CreateLoadBalancerServerGroup.Response {
        try Self.example(CreateLoadBalancerServerGroup.Response.self, json: Self.createLoadBalancerServerGroupExample)
    }
}
