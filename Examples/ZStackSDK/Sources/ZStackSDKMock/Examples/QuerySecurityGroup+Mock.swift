public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QuerySecurityGroup``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let querySecurityGroupExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "d6ae7908bb35e907fa98dea0ecfbbea9",
              "name": "name",
              "description": "description",
              "state": "state",
              "ipVersion": 1,
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "rules": [
                {
                  "uuid": "891630bee7fa51791b93d9678714f264",
                  "securityGroupUuid": "25555f94188226c51a5d9022ee82715d",
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
                  "remoteSecurityGroupUuid": "245ef38bf4eb33a91f50bb16e03883ec",
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
          ],
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func querySecurityGroup(
        _ request: QuerySecurityGroup.Request
    ) async throws -> QuerySecurityGroup.Response {
        try Self.example(QuerySecurityGroup.Response.self, json: Self.querySecurityGroupExample)
    }
}
