public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AddLdapServer``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let addLdapServerExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "99738009f31bde41de0699b0095b3c36",
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
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func addLdapServer(
        _ request: AddLdapServer.Request
    ) async throws -> AddLdapServer.Response {
        try Self.example(AddLdapServer.Response.self, json: Self.addLdapServerExample)
    }
}
