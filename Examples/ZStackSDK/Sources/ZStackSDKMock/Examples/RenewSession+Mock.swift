public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``RenewSession``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let renewSessionExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "57ce8e2f0156897eeb146d49b955ce01",
            "accountUuid": "84c13d572af940408d8f73c5173ba4da",
            "userUuid": "9dec8b648fb885a5f8a9cc500d0de9da",
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
    public func renewSession(
        _ request: RenewSession.Request
    ) async throws -> RenewSession.Response {
        try Self.example(RenewSession.Response.self, json: Self.renewSessionExample)
    }
}
