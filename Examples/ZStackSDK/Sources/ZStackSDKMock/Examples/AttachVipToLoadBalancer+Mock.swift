public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AttachVipToLoadBalancer``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let attachVipToLoadBalancerExample = #"""
        {
          "inventory": {
            "name": "name",
            "uuid": "a1c4c22fcf6b7801823ce2f6293d8034",
            "description": "description",
            "state": "state",
            "type": "type",
            "vipUuid": "b612da041f2b9b9dbe2afa330858af00",
            "serverGroupUuid": "a83e1d9d88387b58264a8f87fc339b16",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "listeners": [
              {
                "uuid": "579e4095d1de6b39be03e18dccca496d",
                "name": "name",
                "description": "description",
                "loadBalancerUuid": "bdea3b395991ad8bf92e8dd0edee38f8",
                "instancePort": 1,
                "loadBalancerPort": 1,
                "protocol": "protocol",
                "serverGroupUuid": "fefb0c4763787af4a5fad3741a0e45fa",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                "vmNicRefs": [
                  {
                    "id": 1,
                    "listenerUuid": "857144f073ab1f87a78c48d6e0acf8b9",
                    "vmNicUuid": "71eed880a3fc425fc79af65ba5335ec7",
                    "status": "status",
                    "createDate": "Jan 6, 2017 3:51:16 AM",
                    "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                  }
                ],
                "aclRefs": [
                  {
                    "id": 1,
                    "listenerUuid": "5158e33f730ed3603409923780505b1f",
                    "aclUuid": "7bec6008ea51cce1d3411f4a001ac1bc",
                    "type": "type",
                    "createDate": "Jan 6, 2017 3:51:16 AM",
                    "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                  }
                ],
                "certificateRefs": [
                  {
                    "id": 1,
                    "listenerUuid": "dfe0769e0765f203a95dabd85eb6848f",
                    "certificateUuid": "37e73022d5946e0fbab2bfa5b5f34018",
                    "createDate": "Jan 6, 2017 3:51:16 AM",
                    "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                  }
                ],
                "serverGroupRefs": [
                  {
                    "id": 1,
                    "listenerUuid": "6b8b8a4ddfab0f4e2b244dc8309f0cb2",
                    "serverGroupUuid": "f4c22533300943b9847517e76594380d",
                    "createDate": "Jan 6, 2017 3:51:16 AM",
                    "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                  }
                ]
              }
            ]
          },
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func attachVipToLoadBalancer(
        _ request: AttachVipToLoadBalancer.Request
    ) async throws -> AttachVipToLoadBalancer.Response {
        try Self.example(AttachVipToLoadBalancer.Response.self, json: Self.attachVipToLoadBalancerExample)
    }
}
