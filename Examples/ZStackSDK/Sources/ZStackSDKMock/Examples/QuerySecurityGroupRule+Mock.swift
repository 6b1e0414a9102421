public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QuerySecurityGroupRule``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let querySecurityGroupRuleExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "6c416c5cfc297c096a83d7534f4fb3bf",
              "securityGroupUuid": "a54df3999d1c3c1990b90ff691e9045c",
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
              "remoteSecurityGroupUuid": "773fec365b9eac65b61544ba3f2da8c5",
              "allowedCidr": "allowedCidr",
              "startPort": 1,
              "endPort": 1,
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM"
            }
          ],
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func querySecurityGroupRule(
        _ request: QuerySecurityGroupRule.Request
    ) async throws -> QuerySecurityGroupRule.Response {
        try Self.example(QuerySecurityGroupRule.Response.self, json: Self.querySecurityGroupRuleExample)
    }
}
