public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateAccount``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateAccountExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "36ba52d162de89160675377058cf1b7f",
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
    public func updateAccount(
        _ request: UpdateAccount.Request
    ) async throws -> UpdateAccount.Response {
        try Self.example(UpdateAccount.Response.self, json: Self.updateAccountExample)
    }
}
