public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteDirectory``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteDirectoryExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteDirectory(
        _ request: DeleteDirectory.Request
    ) async throws -> DeleteDirectory.Response {
        try Self.example(DeleteDirectory.Response.self, json: Self.deleteDirectoryExample)
    }
}
