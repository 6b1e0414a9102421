public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteLoadBalancerListener``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteLoadBalancerListenerExample = #"""
        {
          "success": true,
          "inventory": {
            "name": "name",
            "uuid": "605f959272e605c63dbdc884c7202763",
            "description": "description",
            "state": "state",
            "type": "type",
            "vipUuid": "927adedb7f1e40f085580cbcbc8de9ea",
            "serverGroupUuid": "2f1a3d13a42a3245ed6cf0e6400bb944",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "listeners": [
              {
                "uuid": "f17feef2b4fcbc344e2eb235d3b4a3de",
                "name": "name",
                "description": "description",
                "loadBalancerUuid": "2a6d5a162f12436e82642ef688b169b3",
                "instancePort": 1,
                "loadBalancerPort": 1,
                "protocol": "protocol",
                "serverGroupUuid": "5158b1f090f53763a45d89a8d495fce5",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                "vmNicRefs": [
                  {
                    "id": 1,
                    "listenerUuid": "c40faccccd0c406c96bcab8389fda749",
                    "vmNicUuid": "bc619e17fca4c5ea43b8989a32b9b92e",
                    "status": "status",
                    "createDate": "Jan 6, 2017 3:51:16 AM",
                    "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                  }
                ],
                "aclRefs": [
                  {
                    "id": 1,
                    "listenerUuid": "e97ff60ba3caced7075e0f5d49ec6075",
                    "aclUuid": "571e6c5925fd626c8cf37e54348df6b9",
                    "type": "type",
                    "createDate": "Jan 6, 2017 3:51:16 AM",
                    "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                  }
                ],
                "certificateRefs": [
                  {
                    "id": 1,
                    "listenerUuid": "f05a42c63858c56419ab43d0e0a4de03",
                    "certificateUuid": "03a6a0a291b8a5d2c5a59645e28d92e8",
                    "createDate": "Jan 6, 2017 3:51:16 AM",
                    "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                  }
                ],
                "serverGroupRefs": [
                  {
                    "id": 1,
                    "listenerUuid": "360d4c33db5bbea9a03d5333e7b5f8b6",
                    "serverGroupUuid": "78676f93c272f8a49e480293278755f8",
                    "createDate": "Jan 6, 2017 3:51:16 AM",
                    "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                  }
                ]
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
    public func deleteLoadBalancerListener(
        _ request: DeleteLoadBalancerListener.Request
    ) async throws -> DeleteLoadBalancerListener.Response {
        try Self.example(DeleteLoadBalancerListener.Response.self, json: Self.deleteLoadBalancerListenerExample)
    }
}
