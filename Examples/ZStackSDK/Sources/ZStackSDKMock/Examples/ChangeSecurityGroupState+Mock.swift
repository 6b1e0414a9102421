public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ChangeSecurityGroupState``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let changeSecurityGroupStateExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "485bf6d42ef78a19bfbbc9b65494b47b",
            "name": "name",
            "description": "description",
            "state": "state",
            "ipVersion": 1,
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "rules": [
              {
                "uuid": "f0f1084c870126136fa215f7305bbb1f",
                "securityGroupUuid": "f5ed1443ffacd6130121001526cb7e7f",
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
                "remoteSecurityGroupUuid": "7b750747db9c785bb520d50760630bea",
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
    public func changeSecurityGroupState(
        _ request: ChangeSecurityGroupState.Request
    ) async throws -> ChangeSecurityGroupState.Response {
        try Self.example(ChangeSecurityGroupState.Response.self, json: Self.changeSecurityGroupStateExample)
    }
}
