public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreatePortForwardingRule``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createPortForwardingRuleExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "6c7b6d3192737f7579783fca4f5444c8",
            "name": "name",
            "description": "description",
            "vipIp": "vipIp",
            "guestIp": "guestIp",
            "vipUuid": "47bc839ae4c2b229c4321bda68859a1c",
            "vipPortStart": 1,
            "vipPortEnd": 1,
            "privatePortStart": 1,
            "privatePortEnd": 1,
            "vmNicUuid": "3bc33d832aa47b8968eaa9265dc0b56a",
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
    public func createPortForwardingRule(
        _ request: CreatePortForwardingRule.Request
    ) async throws -> CreatePortForwardingRule.Response {
        try Self.example(CreatePortForwardingRule.Response.self, json: Self.createPortForwardingRuleExample)
    }
}
