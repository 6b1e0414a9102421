public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AddCertificateToLoadBalancerListener``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let addCertificateToLoadBalancerListenerExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "fd2d30fbe4f1592062c3b37334c968b7",
            "name": "name",
            "description": "description",
            "loadBalancerUuid": "3e4043c6e5096af6263c8543dbd39026",
            "instancePort": 1,
            "loadBalancerPort": 1,
            "protocol": "protocol",
            "serverGroupUuid": "3464b413c7c75083800bcb546c565e37",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "vmNicRefs": [
              {
                "id": 1,
                "listenerUuid": "b5b1f5797c08a2440d75c816662be37f",
                "vmNicUuid": "41b70802db19ecaa9d66b81a30f8d2ac",
                "status": "status",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "aclRefs": [
              {
                "id": 1,
                "listenerUuid": "3e8db43685b9776fb22b0ce4e110336a",
                "aclUuid": "f606d2cfa1131580102925cf6865bddf",
                "type": "type",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "certificateRefs": [
              {
                "id": 1,
                "listenerUuid": "7b5c2ae9aa938fec49f195b400bd5cf7",
                "certificateUuid": "1f24a6885d4084f658d5e63c42a92292",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "serverGroupRefs": [
              {
                "id": 1,
                "listenerUuid": "70e5e2e0f34704e1069c869ac081555d",
                "serverGroupUuid": "ad9c7bc28526c270a63796558f38d821",
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
    public func addCertificateToLoadBalancerListener(
        _ request: AddCertificateToLoadBalancerListener.Request
    ) async throws -> AddCertificateToLoadBalancerListener.Response {
        try Self.example(AddCertificateToLoadBalancerListener.Response.self, json: Self.addCertificateToLoadBalancerListenerExample)
    }
}
