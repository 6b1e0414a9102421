public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ChangeAccessControlListRedirectRule``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let changeAccessControlListRedirectRuleExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "3a13aceef433d4af8cd6a52c5b19cb3a",
            "aclUuid": "63825418441059ac9de44c40abde3519",
            "type": "type",
            "name": "name",
            "domain": "domain",
            "url": "url",
            "ipEntries": "ipEntries",
            "description": "description",
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
    public func changeAccessControlListRedirectRule(
        _ request: ChangeAccessControlListRedirectRule.Request
    ) async throws -> ChangeAccessControlListRedirectRule.Response {
        try Self.example(ChangeAccessControlListRedirectRule.Response.self, json: Self.changeAccessControlListRedirectRuleExample)
    }
}
