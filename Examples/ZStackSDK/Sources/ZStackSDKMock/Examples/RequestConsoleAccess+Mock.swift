public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``RequestConsoleAccess``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let requestConsoleAccessExample = #"""
        {
          "success": true,
          "inventory": {
            "scheme": "scheme",
            "hostname": "hostname",
            "port": 1,
            "token": "token"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func requestConsoleAccess(
        _ request: RequestConsoleAccess.Request
    ) async throws -> RequestConsoleAccess.Response {
        try Self.example(RequestConsoleAccess.Response.self, json: Self.requestConsoleAccessExample)
    }
}
