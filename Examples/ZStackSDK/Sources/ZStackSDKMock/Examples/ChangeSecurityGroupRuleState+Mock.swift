public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ChangeSecurityGroupRuleState``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let changeSecurityGroupRuleStateExample = #"""
        {
          "inventory": {
            "uuid": "ffd72fd9387b80f383288b9806e94139",
            "name": "name",
            "description": "description",
            "state": "state",
            "ipVersion": 1,
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "rules": [
              {
                "uuid": "3e527120a34c6715740886389aa4ab88",
                "securityGroupUuid": "ef44d7a25643fe219e79b55a78a755af",
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
                "remoteSecurityGroupUuid": "70c1d5626f346bdde5eebda21dc7044e",
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
          },
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func changeSecurityGroupRuleState(
        _ request: ChangeSecurityGroupRuleState.Request
    ) async throws -> ChangeSecurityGroupRuleState.Response {
        try Self.example(ChangeSecurityGroupRuleState.Response.self, json: Self.changeSecurityGroupRuleStateExample)
    }
}
