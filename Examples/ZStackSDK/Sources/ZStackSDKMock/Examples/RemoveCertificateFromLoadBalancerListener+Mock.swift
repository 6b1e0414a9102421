public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``RemoveCertificateFromLoadBalancerListener``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let removeCertificateFromLoadBalancerListenerExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "ddee3d12f996687dbce5665c0645fede",
            "name": "name",
            "description": "description",
            "loadBalancerUuid": "1e41c8484cc84c638c29bf85fd6989fe",
            "instancePort": 1,
            "loadBalancerPort": 1,
            "protocol": "protocol",
            "serverGroupUuid": "7ce496af240283fc0029e8802551a042",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "vmNicRefs": [
              {
                "id": 1,
                "listenerUuid": "8b01ed093e7388b39feebae25585efd5",
                "vmNicUuid": "8457f2fc24fa8c57e99ed2c1af38df57",
                "status": "status",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "aclRefs": [
              {
                "id": 1,
                "listenerUuid": "a8a1fabf5ec297405d591e3128ee72af",
                "aclUuid": "8b430b6876920a49deca6e9d316ef569",
                "type": "type",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "certificateRefs": [
              {
                "id": 1,
                "listenerUuid": "b876b52ba1368bebf6cc3fabdc59ae3e",
                "certificateUuid": "35fcfb02dc8d9a0bb972a48457d664fc",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "serverGroupRefs": [
              {
                "id": 1,
                "listenerUuid": "d2bda8601401697a456b4412f051a6d1",
                "serverGroupUuid": "ced9cb554303eca9f5948a6cf94e1bff",
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
    public func removeCertificateFromLoadBalancerListener(
        _ request: RemoveCertificateFromLoadBalancerListener.Request
    ) async throws -> RemoveCertificateFromLoadBalancerListener.Response {
        try Self.example(RemoveCertificateFromLoadBalancerListener.Response.self, json: Self.removeCertificateFromLoadBalancerListenerExample)
    }
}
