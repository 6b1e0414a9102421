public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QuerySecurityGroupByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let querySecurityGroupByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "fcbdca8efad6197b50795b36bdc8e374",
              "name": "name",
              "description": "description",
              "state": "state",
              "ipVersion": 1,
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "rules": [
                {
                  "uuid": "d5f0689e76ba6f1501702dfb30af6c6c",
                  "securityGroupUuid": "889ffdaddd560df536c97625313f49ba",
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
                  "remoteSecurityGroupUuid": "b540b9e744df4639a69cc329cb4179e7",
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
    public func querySecurityGroupByUuid(
        _ request: QuerySecurityGroupByUuid.Request
    ) async throws -> QuerySecurityGroupByUuid.Response {
        try Self.example(QuerySecurityGroupByUuid.Response.self, json: Self.querySecurityGroupByUuidExample)
    }
}
