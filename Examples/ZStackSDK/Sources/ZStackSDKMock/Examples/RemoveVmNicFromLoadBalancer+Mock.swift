public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``RemoveVmNicFromLoadBalancer``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let removeVmNicFromLoadBalancerExample = #"""
        {
          "success": true,
          "inventory": {
            "name": "name",
            "uuid": "52b7072724587fc1a2e53aa582f32d38",
            "description": "description",
            "state": "state",
            "type": "type",
            "vipUuid": "d1e9637ca642a0d56972fd1f6e81df8b",
            "serverGroupUuid": "2e489f52120f90a0f13348ac11889b1f",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "listeners": [
              {
                "uuid": "8f66952ebc960f599ca2fadf0832423c",
                "name": "name",
                "description": "description",
                "loadBalancerUuid": "11da811381194caba1fc562d5d3609a7",
                "instancePort": 1,
                "loadBalancerPort": 1,
                "protocol": "protocol",
                "serverGroupUuid": "436bf218798b2174ea3ef31378568cb8",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                "vmNicRefs": [
                  {
                    "id": 1,
                    "listenerUuid": "2271ef90cef4cbe7119e71718b2d3d8e",
                    "vmNicUuid": "c15a19c2fc61e877bf0816a5440b9fa6",
                    "status": "status",
                    "createDate": "Jan 6, 2017 3:51:16 AM",
                    "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                  }
                ],
                "aclRefs": [
                  {
                    "id": 1,
                    "listenerUuid": "33483d1ad492bc787a7103f1cd7d0401",
                    "aclUuid": "803401545d97f501488aa91f64f117e3",
                    "type": "type",
                    "createDate": "Jan 6, 2017 3:51:16 AM",
                    "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                  }
                ],
                "certificateRefs": [
                  {
                    "id": 1,
                    "listenerUuid": "cc1cb16704b2c5db014e937cdfed677e",
                    "certificateUuid": "598ae9809ad49b1718dee42221ebb215",
                    "createDate": "Jan 6, 2017 3:51:16 AM",
                    "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                  }
                ],
                "serverGroupRefs": [
                  {
                    "id": 1,
                    "listenerUuid": "2990b8e62aef1e66a2f52ea59a9b1b5a",
                    "serverGroupUuid": "7f2a0f7a35434ca991a88ed9b2f8a13f",
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
    public func removeVmNicFromLoadBalancer(
        _ request: RemoveVmNicFromLoadBalancer.Request
    ) async throws -> RemoveVmNicFromLoadBalancer.Response {
        try Self.example(RemoveVmNicFromLoadBalancer.Response.self, json: Self.removeVmNicFromLoadBalancerExample)
    }
}
