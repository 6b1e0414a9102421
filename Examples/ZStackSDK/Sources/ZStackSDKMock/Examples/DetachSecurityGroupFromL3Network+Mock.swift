public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DetachSecurityGroupFromL3Network``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let detachSecurityGroupFromL3NetworkExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "70cda212f880f1b4eaf413399e2395eb",
            "name": "name",
            "description": "description",
            "state": "state",
            "ipVersion": 1,
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "rules": [
              {
                "uuid": "e8256668ffa2fb2c265898660abc9ffd",
                "securityGroupUuid": "03cfe2f17a782b6617f0583519adeb64",
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
                "remoteSecurityGroupUuid": "7313d6def3e5a8bef173946495949031",
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
    public func detachSecurityGroupFromL3Network(
        _ request: DetachSecurityGroupFromL3Network.Request
    ) async throws -> DetachSecurityGroupFromL3Network.Response {
        try Self.example(DetachSecurityGroupFromL3Network.Response.self, json: Self.detachSecurityGroupFromL3NetworkExample)
    }
}
