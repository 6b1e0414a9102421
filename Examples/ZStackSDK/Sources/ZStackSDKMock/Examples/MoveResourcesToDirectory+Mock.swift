public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``MoveResourcesToDirectory``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let moveResourcesToDirectoryExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func moveResourcesToDirectory(
        _ request: MoveResourcesToDirectory.Request
    ) async throws -> MoveResourcesToDirectory.Response {
        try Self.example(MoveResourcesToDirectory.Response.self, json: Self.moveResourcesToDirectoryExample)
    }
}
