public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateLoadBalancerListener``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createLoadBalancerListenerExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "a480dc41a51316e7aa63a0a33ff65e95",
            "name": "name",
            "description": "description",
            "loadBalancerUuid": "332b76a6cab3a73d88991669f5d2858d",
            "instancePort": 1,
            "loadBalancerPort": 1,
            "protocol": "protocol",
            "serverGroupUuid": "116c7d4ced12c5a212a22261842ef4c7",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "vmNicRefs": [
              {
                "id": 1,
                "listenerUuid": "63f5f3a35e6a3ab5b546d7cbf7055f50",
                "vmNicUuid": "b7b02a98d94964e5888f5b98b4c5ce0c",
                "status": "status",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "aclRefs": [
              {
                "id": 1,
                "listenerUuid": "7d5d04dbc73c362e93a0fa0c95bf3c44",
                "aclUuid": "2d5bd87442605653095341f1e76558a0",
                "type": "type",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "certificateRefs": [
              {
                "id": 1,
                "listenerUuid": "a09afb2ce1fc612db00333aee0d56fed",
                "certificateUuid": "c1fae742dd5a53656b34942f02e9b0d7",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "serverGroupRefs": [
              {
                "id": 1,
                "listenerUuid": "388aa0f20dadc91033cf5299fc896488",
                "serverGroupUuid": "6aaf38b601acae9b144f129a499e535f",
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
    public func createLoadBalancerListener(
        _ request: CreateLoadBalancerListener.Request
    ) async throws -> CreateLoadBalancerListener.Response {
        try Self.example(CreateLoadBalancerListener.Response.self, json: Self.createLoadBalancerListenerExample)
    }
}
