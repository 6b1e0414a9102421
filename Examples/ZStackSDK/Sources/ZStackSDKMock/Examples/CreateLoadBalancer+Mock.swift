public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateLoadBalancer``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createLoadBalancerExample = #"""
        {
          "success": true,
          "inventory": {
            "name": "name",
            "uuid": "53c97d1ca68719bfe89e1242d4fb23dc",
            "description": "description",
            "state": "state",
            "type": "type",
            "vipUuid": "1e956a083a12377b44e19e74c4a2b27a",
            "serverGroupUuid": "616aeb5fc0ca674afbe005ad696d311f",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "listeners": [
              {
                "uuid": "5affe589e7938b77442659f5d02e70de",
                "name": "name",
                "description": "description",
                "loadBalancerUuid": "94153276699c893162c1496941957e2e",
                "instancePort": 1,
                "loadBalancerPort": 1,
                "protocol": "protocol",
                "serverGroupUuid": "eaf6fdd30e000b02351a4f1d7f3b2d9d",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                "vmNicRefs": [
                  {
                    "id": 1,
                    "listenerUuid": "90cdd619dfb644398279864c730bb891",
                    "vmNicUuid": "541e1eca3931724127d161b50da87e01",
                    "status": "status",
                    "createDate": "Jan 6, 2017 3:51:16 AM",
                    "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                  }
                ],
                "aclRefs": [
                  {
                    "id": 1,
                    "listenerUuid": "42d19416e3af357675b64e0f423877a8",
                    "aclUuid": "8aeb94515e6d642fff8c1cb4d4729985",
                    "type": "type",
                    "createDate": "Jan 6, 2017 3:51:16 AM",
                    "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                  }
                ],
                "certificateRefs": [
                  {
                    "id": 1,
                    "listenerUuid": "3a924bbfacad221d227f750467791d3c",
                    "certificateUuid": "5b29835000f0f0fd4e3ad1504b3deae2",
                    "createDate": "Jan 6, 2017 3:51:16 AM",
                    "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                  }
                ],
                "serverGroupRefs": [
                  {
                    "id": 1,
                    "listenerUuid": "ce1711ea4131f3f4701da84c4db5955f",
                    "serverGroupUuid": "8be4cb06573e91ef54b9771fd7173f97",
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
    public func createLoadBalancer(
        _ request: CreateLoadBalancer.Request
    ) async throws -> CreateLoadBalancer.Response {
        try Self.example(CreateLoadBalancer.Response.self, json: Self.createLoadBalancerExample)
    }
}
