public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AddAccessControlListToLoadBalancer``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let addAccessControlListToLoadBalancerExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "e98c0b79336308eae430c1bef27218a3",
            "name": "name",
            "description": "description",
            "loadBalancerUuid": "56d086bcf59eec6c1dcbeb389171452c",
            "instancePort": 1,
            "loadBalancerPort": 1,
            "protocol": "protocol",
            "serverGroupUuid": "77bbc14155cb54f99a9ff0882f3f0a85",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "vmNicRefs": [
              {
                "id": 1,
                "listenerUuid": "bf6c6483b82fb09282306b1b97b2a950",
                "vmNicUuid": "d2af3c74d89b4d04fb94293a8316f363",
                "status": "status",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "aclRefs": [
              {
                "id": 1,
                "listenerUuid": "0fb629181e724fd5f18e2713f4eeb1d2",
                "aclUuid": "8123ac8aa54198c6174e887b9704dfea",
                "type": "type",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "certificateRefs": [
              {
                "id": 1,
                "listenerUuid": "c6463e7cb1a6d636aea3254a85abad6f",
                "certificateUuid": "3d15f413651622701501de1022753a69",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "serverGroupRefs": [
              {
                "id": 1,
                "listenerUuid": "687400f9d2c7291bd4a9f736e0fc61b6",
                "serverGroupUuid": "c383a9f731b72cb6248c7691eb5b3f00",
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
    public func addAccessControlListToLoadBalancer(
        _ request: AddAccessControlListToLoadBalancer.Request
    ) async throws -> AddAccessControlListToLoadBalancer.Response {
        try Self.example(AddAccessControlListToLoadBalancer.Response.self, json: Self.addAccessControlListToLoadBalancerExample)
    }
}
