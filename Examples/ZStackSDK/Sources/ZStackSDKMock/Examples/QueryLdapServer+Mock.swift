public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryLdapServer``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryLdapServerExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "f7e42e812b9be27bc8334f0237b5f86a",
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
    public func queryLdapServer(
        _ request: QueryLdapServer.Request
    ) async throws -> QueryLdapServer.Response {
        try Self.example(QueryLdapServer.Response.self, json: Self.queryLdapServerExample)
    }
}
