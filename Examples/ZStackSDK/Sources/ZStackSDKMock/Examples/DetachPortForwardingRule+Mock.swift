public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DetachPortForwardingRule``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let detachPortForwardingRuleExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "6bc4af136404c7cc83c61b3a08143dbc",
            "name": "name",
            "description": "description",
            "vipIp": "vipIp",
            "guestIp": "guestIp",
            "vipUuid": "8370c46b560b9552d7882d477a78809a",
            "vipPortStart": 1,
            "vipPortEnd": 1,
            "privatePortStart": 1,
            "privatePortEnd": 1,
            "vmNicUuid": "d5f95f93c304734a6d2020bb54f4db5a",
            "protocolType": "protocolType",
            "state": "state",
            "allowedCidr": "allowedCidr",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func detachPortForwardingRule(
        _ request: DetachPortForwardingRule.Request
    ) async throws -> DetachPortForwardingRule.Response {
        try Self.example(DetachPortForwardingRule.Response.self, json: Self.detachPortForwardingRuleExample)
    }
}
