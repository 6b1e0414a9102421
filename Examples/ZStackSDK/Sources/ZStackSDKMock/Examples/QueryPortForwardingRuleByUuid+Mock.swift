public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryPortForwardingRuleByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryPortForwardingRuleByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "3c42a12e9f3d6f7345afc9b1f228255c",
              "name": "name",
              "description": "description",
              "vipIp": "vipIp",
              "guestIp": "guestIp",
              "vipUuid": "561fb20345c9232724bff789439f8311",
              "vipPortStart": 1,
              "vipPortEnd": 1,
              "privatePortStart": 1,
              "privatePortEnd": 1,
              "vmNicUuid": "85319aab77edcda395f7908459b45387",
              "protocolType": "protocolType",
              "state": "state",
              "allowedCidr": "allowedCidr",
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
    public func queryPortForwardingRuleByUuid(
        _ request: QueryPortForwardingRuleByUuid.Request
    ) async throws -> QueryPortForwardingRuleByUuid.Response {
        try Self.example(QueryPortForwardingRuleByUuid.Response.self, json: Self.queryPortForwardingRuleByUuidExample)
    }
}
