public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetHostWebSshUrl``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getHostWebSshUrlExample = #"""
        {
          "url": "url",
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getHostWebSshUrl(
        _ request: GetHostWebSshUrl.Request
    ) async throws -> GetHostWebSshUrl.Response {
        try Self.example(GetHostWebSshUrl.Response.self, json: Self.getHostWebSshUrlExample)
    }
}
