public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QuerySecurityGroupRuleByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let querySecurityGroupRuleByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "8d35835acba1f7d5222d8e48bcbc1ac9",
              "securityGroupUuid": "294be5cafbdd48316f5fcdab582e745d",
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
              "remoteSecurityGroupUuid": "8d1dfc8ccf318c6d9826a85985b63b0a",
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
    public func querySecurityGroupRuleByUuid(
        _ request: QuerySecurityGroupRuleByUuid.Request
    ) async throws -> QuerySecurityGroupRuleByUuid.Response {
        try Self.example(QuerySecurityGroupRuleByUuid.Response.self, json: Self.querySecurityGroupRuleByUuidExample)
    }
}
