public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteSecurityGroupRule``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteSecurityGroupRuleExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "2bd7e2af5d494366c53964ec1a6c3c3c",
            "name": "name",
            "description": "description",
            "state": "state",
            "ipVersion": 1,
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "rules": [
              {
                "uuid": "ade6e860dc4b27160e2d335b2ba5b547",
                "securityGroupUuid": "646384088af0d7043f9ff67c41deaf91",
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
                "remoteSecurityGroupUuid": "27b9439429ab3a903e689b7f461f9678",
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
    public func deleteSecurityGroupRule(
        _ request: DeleteSecurityGroupRule.Request
    ) async throws -> DeleteSecurityGroupRule.Response {
        try Self.example(DeleteSecurityGroupRule.Response.self, json: Self.deleteSecurityGroupRuleExample)
    }
}
