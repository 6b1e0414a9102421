public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryLdapBindingByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryLdapBindingByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "df10814b549d49721085039f04988b8d",
              "ldapUid": "ldapUid",
              "ldapServerUuid": "3ac8bf2cc0d382d66fe799ac1a71d917",
              "accountUuid": "7cd9bd9b8de21bc0ad513ab169ee81dc",
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
    public func queryLdapBindingByUuid(
        _ request: QueryLdapBindingByUuid.Request
    ) async throws -> QueryLdapBindingByUuid.Response {
        try Self.example(QueryLdapBindingByUuid.Response.self, json: Self.queryLdapBindingByUuidExample)
    }
}
