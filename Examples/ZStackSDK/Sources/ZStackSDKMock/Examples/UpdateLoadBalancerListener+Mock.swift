public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateLoadBalancerListener``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateLoadBalancerListenerExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "59980be547570b3045420290d8e60492",
            "name": "name",
            "description": "description",
            "loadBalancerUuid": "d7b233c45f8bb7fe928bb6205e1de3e0",
            "instancePort": 1,
            "loadBalancerPort": 1,
            "protocol": "protocol",
            "serverGroupUuid": "e40382df4f5a654f78410525e230b846",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "vmNicRefs": [
              {
                "id": 1,
                "listenerUuid": "93235d449c71014430c987da1c10bd39",
                "vmNicUuid": "aea8b1e3cb10be3aac5bf86ceaa6d046",
                "status": "status",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "aclRefs": [
              {
                "id": 1,
                "listenerUuid": "32d838f8399a6acb40b0cd3cadad8b55",
                "aclUuid": "0bdb5be56d44b26409d95afcb87be625",
                "type": "type",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "certificateRefs": [
              {
                "id": 1,
                "listenerUuid": "f2e3f8df06fa89506d377bca02e34b3a",
                "certificateUuid": "7e0a8b76c13cda763b476d28707ac816",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "serverGroupRefs": [
              {
                "id": 1,
                "listenerUuid": "7426e9a51c3a48b92931c12a8e2555c1",
                "serverGroupUuid": "b4a815983637b864388a67000b1d5900",
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
    public func updateLoadBalancerListener(
        _ request: UpdateLoadBalancerListener.Request
    ) async throws -> UpdateLoadBalancerListener.Response {
        try Self.example(UpdateLoadBalancerListener.Response.self, json: Self.updateLoadBalancerListenerExample)
    }
}
