public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryLdapBinding``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryLdapBindingExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "ca985ec253155a2a8a867ec535cc0578",
              "ldapUid": "ldapUid",
              "ldapServerUuid": "91911365256657e6039ac5116dce3070",
              "accountUuid": "c17cebe90460d5403739b1c28195b3ec",
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
    public func queryLdapBinding(
        _ request: QueryLdapBinding.Request
    ) async throws -> QueryLdapBinding.Response {
        try Self.example(QueryLdapBinding.Response.self, json: Self.queryLdapBindingExample)
    }
}
