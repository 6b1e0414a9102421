public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryLoadBalancer``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryLoadBalancerExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "name": "name",
              "uuid": "e0ac0f271162f6390591ff95a886f621",
              "description": "description",
              "state": "state",
              "type": "type",
              "vipUuid": "b6170b97e6ac163d8ab35405be937784",
              "serverGroupUuid": "0e294b0d5c7e7f24ca049f68650aba6f",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "listeners": [
                {
                  "uuid": "e7a65f25d7d90a998cbacc2e505d0f59",
                  "name": "name",
                  "description": "description",
                  "loadBalancerUuid": "fb989ee9cd0b40ff3964cdd65e7c29ac",
                  "instancePort": 1,
                  "loadBalancerPort": 1,
                  "protocol": "protocol",
                  "serverGroupUuid": "6aa9c598a5fbd06808f187dc89e2c738",
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                  "vmNicRefs": [
                    {
                      "id": 1,
                      "listenerUuid": "4ff57c1788495c2354d2a9b87daaaac3",
                      "vmNicUuid": "011137e66355e7f31e59806083ab4be1",
                      "status": "status",
                      "createDate": "Jan 6, 2017 3:51:16 AM",
                      "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                    }
                  ],
                  "aclRefs": [
                    {
                      "id": 1,
                      "listenerUuid": "9e2d90f0e3f81f8496efa0196c7b319d",
                      "aclUuid": "58a40ca3673575a98ccf7e06003aab84",
                      "type": "type",
                      "createDate": "Jan 6, 2017 3:51:16 AM",
                      "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                    }
                  ],
                  "certificateRefs": [
                    {
                      "id": 1,
                      "listenerUuid": "d17c1eaa706d99c75466018333b71231",
                      "certificateUuid": "97c53e67972755bfcd927a2344e92f6b",
                      "createDate": "Jan 6, 2017 3:51:16 AM",
                      "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                    }
                  ],
                  "serverGroupRefs": [
                    {
                      "id": 1,
                      "listenerUuid": "0b293fb17544b92a4a218ad235611a77",
                      "serverGroupUuid": "a06004c71b3456b94590a2de5cb87c57",
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
    public func queryLoadBalancer(
        _ request: QueryLoadBalancer.Request
    ) async throws -> QueryLoadBalancer.Response {
        try Self.example(QueryLoadBalancer.Response.self, json: Self.queryLoadBalancerExample)
    }
}
