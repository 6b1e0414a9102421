public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AddAccessControlListRedirectRule``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let addAccessControlListRedirectRuleExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "0d8aa18b1b235683fc82b2625f27a2b8",
            "aclUuid": "bd9110704f906138060336ccb9a1207c",
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
    public func addAccessControlListRedirectRule(
        _ request: AddAccessControlListRedirectRule.Request
    ) async throws -> AddAccessControlListRedirectRule.Response {
        try Self.example(AddAccessControlListRedirectRule.Response.self, json: Self.addAccessControlListRedirectRuleExample)
    }
}
