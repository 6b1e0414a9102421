public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateSecurityGroup``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createSecurityGroupExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "d081b5eb916a27ffd8918da3101d827a",
            "name": "name",
            "description": "description",
            "state": "state",
            "ipVersion": 1,
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "rules": [
              {
                "uuid": "2473bf1c3dbeead97f4032c7b91a3abf",
                "securityGroupUuid": "2f35f491859138d5d22d52408e8ecdf1",
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
                "remoteSecurityGroupUuid": "0204ba88f6d152297d0a2fdd3ebed8b4",
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
    public func createSecurityGroup(
        _ request: CreateSecurityGroup.Request
    ) async throws -> CreateSecurityGroup.Response {
        try Self.example(CreateSecurityGroup.Response.self, json: Self.createSecurityGroupExample)
    }
}
