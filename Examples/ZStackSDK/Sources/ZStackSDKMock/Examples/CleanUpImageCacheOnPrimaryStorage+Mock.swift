public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CleanUpImageCacheOnPrimaryStorage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let cleanUpImageCacheOnPrimaryStorageExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func cleanUpImageCacheOnPrimaryStorage(
        _ request: CleanUpImageCacheOnPrimaryStorage.Request
    ) async throws -> CleanUpImageCacheOnPrimaryStorage.Response {
        try Self.example(CleanUpImageCacheOnPrimaryStorage.Response.self, json: Self.cleanUpImageCacheOnPrimaryStorageExample)
    }
}
