public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``LogInByUser``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let logInByUserExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "fa3a7b85503c04a14183d13515911441",
            "accountUuid": "c95869757500bf7dba824e3782a924ef",
            "userUuid": "4ec55503bac2bc4667d00c786a51e3a9",
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
    public func logInByUser(
        _ request: LogInByUser.Request
    ) async throws -> LogInByUser.Response {
        try Self.example(LogInByUser.Response.self, json: Self.logInByUserExample)
    }
}
