public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``LogInByLdap``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let logInByLdapExample = #"""
        {
          "inventory": {
            "uuid": "5e5a6ba9f5f4396fa1db9e13a13510d9",
            "accountUuid": "1777aa5e09163db388b765d1cd79d7f0",
            "userUuid": "ca5ee9ced263aaf4b9366da4785b4070",
            "expiredDate": "Jan 6, 2017 3:51:16 AM",
            "createDate": "Jan 6, 2017 3:51:16 AM"
          },
          "accountInventory": {
            "uuid": "fffc4ff1bfb92767e7f41b140055d3dd",
            "name": "name",
            "description": "description",
            "type": "type",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM"
          },
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func logInByLdap(
        _ request: LogInByLdap.Request
    ) async throws -> LogInByLdap.Response {
        try Self.example(LogInByLdap.Response.self, json: Self.logInByLdapExample)
    }
}
