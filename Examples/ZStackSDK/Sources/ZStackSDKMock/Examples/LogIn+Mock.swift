public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``LogIn``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let logInExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "afae3a99ed7d50a1b167602c3aa405a9",
            "accountUuid": "a12bc13dbd254389900491eb4af26af3",
            "userUuid": "94139cf22ed50bb28d76a873f39cf406",
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
    public func logIn(
        _ request: LogIn.Request
    ) async throws -> LogIn.Response {
        try Self.example(LogIn.Response.self, json: Self.logInExample)
    }
}
