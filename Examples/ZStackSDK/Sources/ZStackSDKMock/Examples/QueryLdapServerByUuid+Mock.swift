public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryLdapServerByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryLdapServerByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "fb73833904d32b67031bdd714a1f241a",
              "name": "name",
              "description": "description",
              "url": "url",
              "base": "base",
              "username": "username",
              "password": "password",
              "encryption": "encryption",
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
    public func queryLdapServerByUuid(
        _ request: QueryLdapServerByUuid.Request
    ) async throws -> QueryLdapServerByUuid.Response {
        try Self.example(QueryLdapServerByUuid.Response.self, json: Self.queryLdapServerByUuidExample)
    }
}
