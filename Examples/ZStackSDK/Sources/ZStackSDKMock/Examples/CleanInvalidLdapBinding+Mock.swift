public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CleanInvalidLdapBinding``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let cleanInvalidLdapBindingExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "7d5e7843e2de66637b1a163809e11cbd",
              "name": "name",
              "description": "description",
              "type": "type",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM"
            }
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func cleanInvalidLdapBinding(
        _ request: CleanInvalidLdapBinding.Request
    ) async throws -> CleanInvalidLdapBinding.Response {
        try Self.example(CleanInvalidLdapBinding.Response.self, json: Self.cleanInvalidLdapBindingExample)
    }
}
