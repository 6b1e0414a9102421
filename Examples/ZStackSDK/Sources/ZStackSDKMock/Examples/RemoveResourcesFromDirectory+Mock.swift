public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``RemoveResourcesFromDirectory``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let removeResourcesFromDirectoryExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func removeResourcesFromDirectory(
        _ request: RemoveResourcesFromDirectory.Request
    ) async throws -> RemoveResourcesFromDirectory.Response {
        try Self.example(RemoveResourcesFromDirectory.Response.self, json: Self.removeResourcesFromDirectoryExample)
    }
}
