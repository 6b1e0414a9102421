public import FixtureAPI

nonisolated extension FixtureMockHandler {
    /// The documented response example of ``LogOut``.
    static let logOutExample = #"""
        {}
        """#

    /// Answers with the documented response example.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The documented response example.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func logOut(
        _ request: LogOut.Request
    ) async throws -> LogOut.Response {
        try Self.example(LogOut.Response.self, json: Self.logOutExample)
    }
}
