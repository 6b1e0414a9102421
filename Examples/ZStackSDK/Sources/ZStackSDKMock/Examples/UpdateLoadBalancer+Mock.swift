public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateLoadBalancer``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateLoadBalancerExample = #"""
        {
          "success": true,
          "inventory": {
            "name": "name",
            "uuid": "3edfce4957df464c368e6ae502fb4a08",
            "description": "description",
            "state": "state",
            "type": "type",
            "vipUuid": "d9b11354ba771fde81b2893e9ae7688f",
            "serverGroupUuid": "4d6005a9aadbf74b155ebd3f788ee98d",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "listeners": [
              {
                "uuid": "704f3c180f81495259da3c7f075317cd",
                "name": "name",
                "description": "description",
                "loadBalancerUuid": "849d4c3c627fbdf03302a5a1f65994d1",
                "instancePort": 1,
                "loadBalancerPort": 1,
                "protocol": "protocol",
                "serverGroupUuid": "fde8ce146162f84df906864e8722ea1a",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                "vmNicRefs": [
                  {
                    "id": 1,
                    "listenerUuid": "d4b6e13db726b18a975832616b092d42",
                    "vmNicUuid": "dd622bc1439aaf801b4135387ffbf751",
                    "status": "status",
                    "createDate": "Jan 6, 2017 3:51:16 AM",
                    "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                  }
                ],
                "aclRefs": [
                  {
                    "id": 1,
                    "listenerUuid": "2e03e33648f3a031e850446a840285b8",
                    "aclUuid": "1b8553ea1f37469aa77414e870f363f0",
                    "type": "type",
                    "createDate": "Jan 6, 2017 3:51:16 AM",
                    "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                  }
                ],
                "certificateRefs": [
                  {
                    "id": 1,
                    "listenerUuid": "c920d21c311dee4a3ddc8528ed522aad",
                    "certificateUuid": "41f48e3d050c50184edb6c8d20aa4c08",
                    "createDate": "Jan 6, 2017 3:51:16 AM",
                    "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                  }
                ],
                "serverGroupRefs": [
                  {
                    "id": 1,
                    "listenerUuid": "371bb43f51a0e583be8651729cdc2327",
                    "serverGroupUuid": "87f5cfc02b82034adc00a8e02283d727",
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
    public func updateLoadBalancer(
        _ request: UpdateLoadBalancer.Request
    ) async throws -> UpdateLoadBalancer.Response {
        try Self.example(UpdateLoadBalancer.Response.self, json: Self.updateLoadBalancerExample)
    }
}
