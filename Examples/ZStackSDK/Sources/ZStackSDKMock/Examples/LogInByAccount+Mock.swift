public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``LogInByAccount``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let logInByAccountExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "5d4d45590ced94ac225e632102ee6964",
            "accountUuid": "a58d9f744bccb8f294b287d44cc58f9e",
            "userUuid": "2b1d77b1eeabaf271d038eb0029f1ec2",
            "expiredDate": "Jan 6, 2017 3:51:16 AM",
            "createDate": "Jan 6, 2017 3:51:16 AM"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func logInByAccount(
        _ request: LogInByAccount.Request
    ) async throws -> LogInByAccount.Response {
        try Self.example(LogInByAccount.Response.self, json: Self.logInByAccountExample)
    }
}
