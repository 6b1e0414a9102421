public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ChangeSecurityGroupRule``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let changeSecurityGroupRuleExample = #"""
        {
          "inventory": {
            "uuid": "e3feb9b96bc256e9979ad80a6957b6c7",
            "securityGroupUuid": "eb778a4afee5187157e77336139b732f",
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
            "remoteSecurityGroupUuid": "1f5e9625f019121d59ddb23d016d89c3",
            "allowedCidr": "allowedCidr",
            "startPort": 1,
            "endPort": 1,
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM"
          },
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func changeSecurityGroupRule(
        _ request: ChangeSecurityGroupRule.Request
    ) async throws -> ChangeSecurityGroupRule.Response {
        try Self.example(ChangeSecurityGroupRule.Response.self, json: Self.changeSecurityGroupRuleExample)
    }
}
