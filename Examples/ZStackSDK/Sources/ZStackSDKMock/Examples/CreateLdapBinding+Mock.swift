public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateLdapBinding``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createLdapBindingExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "7f64220c5d1ad6b48c9dcc534afb4108",
            "ldapUid": "ldapUid",
            "ldapServerUuid": "35452f98b7172a4c8a7c8010d8d27387",
            "accountUuid": "458a58f7a5d53122fa9c4c9366828f1d",
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
    public func createLdapBinding(
        _ request: CreateLdapBinding.Request
    ) async throws -> CreateLdapBinding.Response {
        try Self.example(CreateLdapBinding.Response.self, json: Self.createLdapBindingExample)
    }
}
