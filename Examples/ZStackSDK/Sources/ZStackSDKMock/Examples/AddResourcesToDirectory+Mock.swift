public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AddResourcesToDirectory``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let addResourcesToDirectoryExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func addResourcesToDirectory(
        _ request: AddResourcesToDirectory.Request
    ) async throws -> AddResourcesToDirectory.Response {
        try Self.example(AddResourcesToDirectory.Response.self, json: Self.addResourcesToDirectoryExample)
    }
}
