public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CleanUpStorageTrashOnPrimaryStorage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let cleanUpStorageTrashOnPrimaryStorageExample = #"""
        {
          "success": true,
          "result": {
            "key": [
              "result"
            ]
          },
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func cleanUpStorageTrashOnPrimaryStorage(
        _ request: CleanUpStorageTrashOnPrimaryStorage.Request
    ) async throws -> CleanUpStorageTrashOnPrimaryStorage.Response {
        try Self.example(CleanUpStorageTrashOnPrimaryStorage.Response.self, json: Self.cleanUpStorageTrashOnPrimaryStorageExample)
    }
}
