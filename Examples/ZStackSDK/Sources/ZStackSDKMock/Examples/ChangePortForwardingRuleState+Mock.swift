public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ChangePortForwardingRuleState``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let changePortForwardingRuleStateExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "6a008d34644d8c2ba6b267e6490b02d6",
            "name": "name",
            "description": "description",
            "vipIp": "vipIp",
            "guestIp": "guestIp",
            "vipUuid": "a816ccd952ac51fb6be9c7d125d20612",
            "vipPortStart": 1,
            "vipPortEnd": 1,
            "privatePortStart": 1,
            "privatePortEnd": 1,
            "vmNicUuid": "a52a2cf688b1427361326b9a689c0a8c",
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
    public func changePortForwardingRuleState(
        _ request: ChangePortForwardingRuleState.Request
    ) async throws -> ChangePortForwardingRuleState.Response {
        try Self.example(ChangePortForwardingRuleState.Response.self, json: Self.changePortForwardingRuleStateExample)
    }
}
