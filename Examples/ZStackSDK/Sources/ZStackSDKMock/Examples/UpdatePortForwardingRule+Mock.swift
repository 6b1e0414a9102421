public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdatePortForwardingRule``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updatePortForwardingRuleExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "ae008b1d3a0de692613adbd8c2f84253",
            "name": "name",
            "description": "description",
            "vipIp": "vipIp",
            "guestIp": "guestIp",
            "vipUuid": "931f9360aa91e5684ef5965e2eb0cfd0",
            "vipPortStart": 1,
            "vipPortEnd": 1,
            "privatePortStart": 1,
            "privatePortEnd": 1,
            "vmNicUuid": "ce6f407307d5ffbcd95685309aa3d7f8",
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
    public func updatePortForwardingRule(
        _ request: UpdatePortForwardingRule.Request
    ) async throws -> UpdatePortForwardingRule.Response {
        try Self.example(UpdatePortForwardingRule.Response.self, json: Self.updatePortForwardingRuleExample)
    }
}
