public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``RemoveServerGroupFromLoadBalancerListener``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let removeServerGroupFromLoadBalancerListenerExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "a331af692878d0665e9eb95b4c8c9b22",
            "name": "name",
            "description": "description",
            "loadBalancerUuid": "b5eec16b2b83b3bce8b6d6857d1f67bc",
            "instancePort": 1,
            "loadBalancerPort": 1,
            "protocol": "protocol",
            "serverGroupUuid": "f0335604a2d884a541c694f191252508",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "vmNicRefs": [
              {
                "id": 1,
                "listenerUuid": "4d2b9b5a64bca7567d0667f95de3f8ee",
                "vmNicUuid": "3ff909799c2255445589d1c725e64f32",
                "status": "status",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "aclRefs": [
              {
                "id": 1,
                "listenerUuid": "c80afccb9b890cc9c744b1e59b9005ed",
                "aclUuid": "1d91977aeea365d272b78dc4ce146083",
                "type": "type",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "certificateRefs": [
              {
                "id": 1,
                "listenerUuid": "1ea9f4d2dd671a6ad3e5c2c4f2092a0a",
                "certificateUuid": "c605873387e240c47ecdbf781bf88580",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "serverGroupRefs": [
              {
                "id": 1,
                "listenerUuid": "0b64f76abf770677885f60a2c231f1a0",
                "serverGroupUuid": "1c8939c236140b1a0e1e52e7e54c5622",
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
    public func removeServerGroupFromLoadBalancerListener(
        _ request: RemoveServerGroupFromLoadBalancerListener.Request
    ) async throws -> RemoveServerGroupFromLoadBalancerListener.Response {
        try Self.example(RemoveServerGroupFromLoadBalancerListener.Response.self, json: Self.removeServerGroupFromLoadBalancerListenerExample)
    }
}
