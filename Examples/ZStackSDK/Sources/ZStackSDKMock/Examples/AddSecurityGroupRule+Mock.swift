public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AddSecurityGroupRule``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let addSecurityGroupRuleExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "f58fd46b3408e4d13447dc6aa30f1ef7",
            "name": "name",
            "description": "description",
            "state": "state",
            "ipVersion": 1,
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "rules": [
              {
                "uuid": "313630aa1de3c69b97ad300387b6d9b1",
                "securityGroupUuid": "c399623eb45aa073573fbd5d6efe2f82",
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
                "remoteSecurityGroupUuid": "d5d9bafa2f600a3366babe1c93fd804e",
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
    public func addSecurityGroupRule(
        _ request: AddSecurityGroupRule.Request
    ) async throws -> AddSecurityGroupRule.Response {
        try Self.example(AddSecurityGroupRule.Response.self, json: Self.addSecurityGroupRuleExample)
    }
}
