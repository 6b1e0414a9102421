public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateAccount``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createAccountExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "74858ad066ff857bee9ba9e4f2f08ba5",
            "name": "name",
            "description": "description",
            "type": "type",
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
    public func createAccount(
        _ request: CreateAccount.Request
    ) async throws -> CreateAccount.Response {
        try Self.example(CreateAccount.Response.self, json: Self.createAccountExample)
    }
}
