public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ChangeLoadBalancerBackendServer``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let changeLoadBalancerBackendServerExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "f3bf56474ca87bf38c75292d34ebc0af",
            "name": "name",
            "description": "description",
            "loadBalancerUuid": "9bd73197fb1d0ae57bbd277e69be3cd4",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "listenerServerGroupRefs": [
              {
                "id": 1,
                "listenerUuid": "a355094945155e44868a2fbf56e47385",
                "serverGroupUuid": "a1b6fbe8647f229faed69cea16ff5b95",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "serverIps": [
              {
                "id": 1,
                "description": "description",
                "serverGroupUuid": "fcd4c10a7258402cce8c082c1665eee7",
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
                "serverGroupUuid": "d100702e3e8ed89429e839dc97531084",
                "vmNicUuid": "3b90b9d4ad54124578d95de90f688855",
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
    public func changeLoadBalancerBackendServer(
        _ request: ChangeLoadBalancerBackendServer.Request
    ) async throws -> ChangeLoadBalancerBackendServer.Response {
        try Self.example(ChangeLoadBalancerBackendServer.Response.self, json: Self.changeLoadBalancerBackendServerExample)
    }
}
