public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``RemoveAccessControlListFromLoadBalancer``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let removeAccessControlListFromLoadBalancerExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "fd06edd4559ff47bd5cdc089f65303ae",
            "name": "name",
            "description": "description",
            "loadBalancerUuid": "e0eb05018bf652ed2a4105463fcefda4",
            "instancePort": 1,
            "loadBalancerPort": 1,
            "protocol": "protocol",
            "serverGroupUuid": "5c4b5bb90c7566062342dc12a3a990d4",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "vmNicRefs": [
              {
                "id": 1,
                "listenerUuid": "e3a5f28e87d3d80dd2ba41c95bffb1c5",
                "vmNicUuid": "a6ee02a6fc100ddd2ceee956bf3225cc",
                "status": "status",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "aclRefs": [
              {
                "id": 1,
                "listenerUuid": "c654e50a4add955a7a0488da499f267e",
                "aclUuid": "a3a4f0c088017fa35de01d5b5ab56e12",
                "type": "type",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "certificateRefs": [
              {
                "id": 1,
                "listenerUuid": "3fabdcda72538fc1a9dafab7fbc7df87",
                "certificateUuid": "eac2412f4b3e864136f20d6134006113",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "serverGroupRefs": [
              {
                "id": 1,
                "listenerUuid": "86b8d1181106e0009b823b1232a5f349",
                "serverGroupUuid": "eb8aeb6b60dcb3a34edd4ee8d7039fd4",
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
    public func removeAccessControlListFromLoadBalancer(
        _ request: RemoveAccessControlListFromLoadBalancer.Request
    ) async throws -> RemoveAccessControlListFromLoadBalancer.Response {
        try Self.example(RemoveAccessControlListFromLoadBalancer.Response.self, json: Self.removeAccessControlListFromLoadBalancerExample)
    }
}
