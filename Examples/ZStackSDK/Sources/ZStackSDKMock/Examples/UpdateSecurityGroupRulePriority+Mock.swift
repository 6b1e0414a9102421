public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateSecurityGroupRulePriority``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateSecurityGroupRulePriorityExample = #"""
        {
          "inventory": {
            "uuid": "000e940105526bc4d587154fabc5a39c",
            "name": "name",
            "description": "description",
            "state": "state",
            "ipVersion": 1,
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "rules": [
              {
                "uuid": "faf93d60aaf05b88e8d4420383df934d",
                "securityGroupUuid": "11170860c5078196ad71a8739dfea1f0",
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
                "remoteSecurityGroupUuid": "33f4e610ced3e1bedda6ce07c5e7d3e2",
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
    public func updateSecurityGroupRulePriority(
        _ request: UpdateSecurityGroupRulePriority.Request
    ) async throws -> UpdateSecurityGroupRulePriority.Response {
        try Self.example(UpdateSecurityGroupRulePriority.Response.self, json: Self.updateSecurityGroupRulePriorityExample)
    }
}
