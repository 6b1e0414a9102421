public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetVersion``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getVersionExample = #"""
        {
          "version": "version",
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getVersion(
        _ request: GetVersion.Request
    ) async throws -> GetVersion.Response {
        try Self.example(GetVersion.Response.self, json: Self.getVersionExample)
    }
}
