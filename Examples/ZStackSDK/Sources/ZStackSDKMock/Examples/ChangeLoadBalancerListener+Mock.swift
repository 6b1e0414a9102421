public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ChangeLoadBalancerListener``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let changeLoadBalancerListenerExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "eeb8058ec7db6a673dd0582c0c5be45b",
            "name": "name",
            "description": "description",
            "loadBalancerUuid": "8912ff25da7962bdbb2012a0401c6944",
            "instancePort": 1,
            "loadBalancerPort": 1,
            "protocol": "protocol",
            "serverGroupUuid": "23c9123644355c22d8059d734a9e1d42",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "vmNicRefs": [
              {
                "id": 1,
                "listenerUuid": "57f3991257442535007dc3d461b43dcb",
                "vmNicUuid": "3be45bd14ed524652e75eb13e54092c4",
                "status": "status",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "aclRefs": [
              {
                "id": 1,
                "listenerUuid": "adcc27cb83b29cae0ce6e8e828bf0ec5",
                "aclUuid": "49ac7f55954dddd34ed80f57d19fb808",
                "type": "type",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "certificateRefs": [
              {
                "id": 1,
                "listenerUuid": "bd0c7599186097ad83a14439eff44070",
                "certificateUuid": "a26d30c9cdddbae5eaedc3268ab8b52c",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "serverGroupRefs": [
              {
                "id": 1,
                "listenerUuid": "54fc1b5e4411ff90740f91c45d6071c0",
                "serverGroupUuid": "4b21823cf230161b59ebe2a0e51e4660",
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
    public func changeLoadBalancerListener(
        _ request: ChangeLoadBalancerListener.Request
    ) async throws -> ChangeLoadBalancerListener.Response {
        try Self.example(ChangeLoadBalancerListener.Response.self, json: Self.changeLoadBalancerListenerExample)
    }
}
