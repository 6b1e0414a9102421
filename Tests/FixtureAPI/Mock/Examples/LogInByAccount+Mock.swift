public import FixtureAPI

nonisolated extension FixtureMockHandler {
    /// The documented response example of ``LogInByAccount``.
    static let logInByAccountExample = #"""
        {
          "inventory": {
            "uuid": "3c4f8d2a0b1e94f7d8a6b5c3d2e1f0a9",
            "accountUuid": "36c27e8ff05c4780bf6d2fa65700f22e",
            "expiredDate": "Jan 6, 2017 5:51:16 AM"
          }
        }
        """#

    /// Answers with the documented response example.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The documented response example.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func logInByAccount(
        _ request: LogInByAccount.Request
    ) async throws -> LogInByAccount.Response {
        try Self.example(LogInByAccount.Response.self, json: Self.logInByAccountExample)
    }
}
