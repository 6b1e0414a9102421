public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AttachSecurityGroupToL3Network``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let attachSecurityGroupToL3NetworkExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "0957b5d25e317cd50faa295aaaa77381",
            "name": "name",
            "description": "description",
            "state": "state",
            "ipVersion": 1,
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "rules": [
              {
                "uuid": "2d40b38b888934f7842935257d6666cb",
                "securityGroupUuid": "b053c7b6c44debc3114688a9c3a11e58",
                "type": "type",
                "ipVersion": 1,
                "protocol": "protocol",
                "state": "state",
                "priority": 1,
                "description": "description",
                "srcIpRange": "srcIpRange",
                "dstIpRange": "dstIpRange",
                "srcPortRange": "srcPortRange",
                "dstPortRange": "dstPortRange",
                "action": "action",
                "remoteSecurityGroupUuid": "d0fdd491cae241b3394a74c91ea14700",
                "allowedCidr": "allowedCidr",
                "startPort": 1,
                "endPort": 1,
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "attachedL3NetworkUuids": [
              "attachedL3NetworkUuids"
            ]
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func attachSecurityGroupToL3Network(
        _ request: AttachSecurityGroupToL3Network.Request
    ) async throws -> AttachSecurityGroupToL3Network.Response {
        try Self.example(AttachSecurityGroupToL3Network.Response.self, json: Self.attachSecurityGroupToL3NetworkExample)
    }
}
