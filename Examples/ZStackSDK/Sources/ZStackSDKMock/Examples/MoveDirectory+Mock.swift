public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``MoveDirectory``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let moveDirectoryExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func moveDirectory(
        _ request: MoveDirectory.Request
    ) async throws -> MoveDirectory.Response {
        try Self.example(MoveDirectory.Response.self, json: Self.moveDirectoryExample)
    }
}
