public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryLoadBalancerByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryLoadBalancerByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "name": "name",
              "uuid": "a6d9e2923da40181ad64c12ba6f209ba",
              "description": "description",
              "state": "state",
              "type": "type",
              "vipUuid": "e96fc3f3a2d460156806fda2d48e0eb3",
              "serverGroupUuid": "ac140044d596395cca7e1712b93da216",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "listeners": [
                {
                  "uuid": "b5548e55fb7ecfdd6846d8570de2c53a",
                  "name": "name",
                  "description": "description",
                  "loadBalancerUuid": "5428d4f01d8f7d8330f3a657175fafe1",
                  "instancePort": 1,
                  "loadBalancerPort": 1,
                  "protocol": "protocol",
                  "serverGroupUuid": "89795b11028bfc1c2728e1d2f1ccc375",
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                  "vmNicRefs": [
                    {
                      "id": 1,
                      "listenerUuid": "8dfc0d593bb7c593ac9fb1d010966bbc",
                      "vmNicUuid": "3334a066cfd7b577955b8eef0ee93e2a",
                      "status": "status",
                      "createDate": "Jan 6, 2017 3:51:16 AM",
                      "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                    }
                  ],
                  "aclRefs": [
                    {
                      "id": 1,
                      "listenerUuid": "26ddc1cdff00256089cb2222287b778a",
                      "aclUuid": "bdb04e654e7ef06993242ae2d1b2c3fd",
                      "type": "type",
                      "createDate": "Jan 6, 2017 3:51:16 AM",
                      "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                    }
                  ],
                  "certificateRefs": [
                    {
                      "id": 1,
                      "listenerUuid": "fb6eaa6adda5ab8b7a7a7763fe283e16",
                      "certificateUuid": "41c5b9e903b4e82b555afbb6d16d040c",
                      "createDate": "Jan 6, 2017 3:51:16 AM",
                      "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                    }
                  ],
                  "serverGroupRefs": [
                    {
                      "id": 1,
                      "listenerUuid": "34a4fe37bc64ca5a5435c28534fd729e",
                      "serverGroupUuid": "a0f4e2e1444602c9eb9cab7a74ab6173",
                      "createDate": "Jan 6, 2017 3:51:16 AM",
                      "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                    }
                  ]
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
    public func queryLoadBalancerByUuid(
        _ request: QueryLoadBalancerByUuid.Request
    ) async throws -> QueryLoadBalancerByUuid.Response {
        try Self.example(QueryLoadBalancerByUuid.Response.self, json: Self.queryLoadBalancerByUuidExample)
    }
}
