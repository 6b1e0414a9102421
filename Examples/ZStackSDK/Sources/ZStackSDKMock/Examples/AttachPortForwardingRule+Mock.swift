public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AttachPortForwardingRule``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let attachPortForwardingRuleExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "1000b940466a41e293d1fe5e39a5f0bb",
            "name": "name",
            "description": "description",
            "vipIp": "vipIp",
            "guestIp": "guestIp",
            "vipUuid": "d2e032c4ba5805986677d9937853df48",
            "vipPortStart": 1,
            "vipPortEnd": 1,
            "privatePortStart": 1,
            "privatePortEnd": 1,
            "vmNicUuid": "5988a9d1c25c93ccae0717c94b5ace76",
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
    public func attachPortForwardingRule(
        _ request: AttachPortForwardingRule.Request
    ) async throws -> AttachPortForwardingRule.Response {
        try Self.example(AttachPortForwardingRule.Response.self, json: Self.attachPortForwardingRuleExample)
    }
}
