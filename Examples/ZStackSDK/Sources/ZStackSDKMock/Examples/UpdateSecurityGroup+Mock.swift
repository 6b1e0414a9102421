public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateSecurityGroup``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateSecurityGroupExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "9da166fcc240769eac4b9dd36ddcc713",
            "name": "name",
            "description": "description",
            "state": "state",
            "ipVersion": 1,
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "rules": [
              {
                "uuid": "720a190f74ffb0fec673722d322e5a2b",
                "securityGroupUuid": "4345f56f502c0c6490351c994b0d99a4",
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
                "remoteSecurityGroupUuid": "5abae97ca38fc0c05b07c0a8cc1d530b",
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
    public func updateSecurityGroup(
        _ request: UpdateSecurityGroup.Request
    ) async throws -> UpdateSecurityGroup.Response {
        try Self.example(UpdateSecurityGroup.Response.self, json: Self.updateSecurityGroupExample)
    }
}
