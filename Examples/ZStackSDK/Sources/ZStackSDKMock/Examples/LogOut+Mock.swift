public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``LogOut``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let logOutExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func logOut(
        _ request: LogOut.Request
    ) async throws -> LogOut.Response {
        try Self.example(LogOut.Response.self, json: Self.logOutExample)
    }
}
