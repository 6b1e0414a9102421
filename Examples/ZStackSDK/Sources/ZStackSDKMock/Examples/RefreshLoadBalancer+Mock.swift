public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``RefreshLoadBalancer``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let refreshLoadBalancerExample = #"""
        {
          "success": true,
          "inventory": {
            "name": "name",
            "uuid": "a4f91e5ae675a22f8b87068122793cfb",
            "description": "description",
            "state": "state",
            "type": "type",
            "vipUuid": "3becafc545573e7f6dd5ee1fc6b5dd06",
            "serverGroupUuid": "17b77e971ee511aa014d852c834036ca",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "listeners": [
              {
                "uuid": "81a5d2227a562bf3d4081585717a3336",
                "name": "name",
                "description": "description",
                "loadBalancerUuid": "2f353290ab897891390b31eaf9cf3191",
                "instancePort": 1,
                "loadBalancerPort": 1,
                "protocol": "protocol",
                "serverGroupUuid": "6f7e65394180cfeec03ff8d5447fafb7",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                "vmNicRefs": [
                  {
                    "id": 1,
                    "listenerUuid": "4982da0d8905e96d2756de7c99427800",
                    "vmNicUuid": "16fd069dfdf00621d27760fdc46a1165",
                    "status": "status",
                    "createDate": "Jan 6, 2017 3:51:16 AM",
                    "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                  }
                ],
                "aclRefs": [
                  {
                    "id": 1,
                    "listenerUuid": "f10cdaf25e4a27d2705b07f2a188c82c",
                    "aclUuid": "025352466f24153b48324f8a6fb6d0a1",
                    "type": "type",
                    "createDate": "Jan 6, 2017 3:51:16 AM",
                    "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                  }
                ],
                "certificateRefs": [
                  {
                    "id": 1,
                    "listenerUuid": "0d0c7b72bfc491a9e18aea2ac21de546",
                    "certificateUuid": "cba1ad83b7463eb91db46a702698c136",
                    "createDate": "Jan 6, 2017 3:51:16 AM",
                    "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                  }
                ],
                "serverGroupRefs": [
                  {
                    "id": 1,
                    "listenerUuid": "3d11cf83ca68f4a04d76c2a02bfdd12d",
                    "serverGroupUuid": "11a2ef06ddbbf1eb884bf40419add983",
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
    public func refreshLoadBalancer(
        _ request: RefreshLoadBalancer.Request
    ) async throws -> RefreshLoadBalancer.Response {
        try Self.example(RefreshLoadBalancer.Response.self, json: Self.refreshLoadBalancerExample)
    }
}
