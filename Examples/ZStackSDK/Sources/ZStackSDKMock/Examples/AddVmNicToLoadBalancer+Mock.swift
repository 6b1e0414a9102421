public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AddVmNicToLoadBalancer``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let addVmNicToLoadBalancerExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "481d5feffcc7fcf01ce8e8ff86b0a55f",
            "name": "name",
            "description": "description",
            "loadBalancerUuid": "8806f36274e5e1e6fe85d32f59c1ec36",
            "instancePort": 1,
            "loadBalancerPort": 1,
            "protocol": "protocol",
            "serverGroupUuid": "2a545984f2c7b83fc932786908745701",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "vmNicRefs": [
              {
                "id": 1,
                "listenerUuid": "9c742a4f61597334ed37c69735f9d9f9",
                "vmNicUuid": "e8177548686ce33ace9ca743956de159",
                "status": "status",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "aclRefs": [
              {
                "id": 1,
                "listenerUuid": "497c0ad0f5cf20035b60b4fdf1ff3990",
                "aclUuid": "bb633e90b3eda4ccf22f46f71c1600ed",
                "type": "type",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "certificateRefs": [
              {
                "id": 1,
                "listenerUuid": "adbe9aad4bca53c81a4444180a68cdad",
                "certificateUuid": "8c6d6300b07d110eb5744903b6eda482",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "serverGroupRefs": [
              {
                "id": 1,
                "listenerUuid": "51d2e56b68ccfeb9e71d58970ded2c6d",
                "serverGroupUuid": "877472574ccfc6ec34a168ee7374e216",
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
    public func addVmNicToLoadBalancer(
        _ request: AddVmNicToLoadBalancer.Request
    ) async throws -> AddVmNicToLoadBalancer.Response {
        try Self.example(AddVmNicToLoadBalancer.Response.self, json: Self.addVmNicToLoadBalancerExample)
    }
}
