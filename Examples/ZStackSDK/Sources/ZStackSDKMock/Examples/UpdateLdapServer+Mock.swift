public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateLdapServer``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateLdapServerExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "9aef8ff9c0eb93e2349f0f26dcf7b02c",
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
    public func updateLdapServer(
        _ request: UpdateLdapServer.Request
    ) async throws -> UpdateLdapServer.Response {
        try Self.example(UpdateLdapServer.Response.self, json: Self.updateLdapServerExample)
    }
}
