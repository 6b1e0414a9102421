public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryPortForwardingRule``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryPortForwardingRuleExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "d1b9dc5fd38c083f235b2990427b3681",
              "name": "name",
              "description": "description",
              "vipIp": "vipIp",
              "guestIp": "guestIp",
              "vipUuid": "00e564c7eedad0a39a1f8924a30f18f7",
              "vipPortStart": 1,
              "vipPortEnd": 1,
              "privatePortStart": 1,
              "privatePortEnd": 1,
              "vmNicUuid": "296ffe2d64e3c3e7e29c03e33f8d385a",
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
    public func queryPortForwardingRule(
        _ request: QueryPortForwardingRule.Request
    ) async throws -> QueryPortForwardingRule.Response {
        try Self.example(QueryPortForwardingRule.Response.self, json: Self.queryPortForwardingRuleExample)
    }
}
