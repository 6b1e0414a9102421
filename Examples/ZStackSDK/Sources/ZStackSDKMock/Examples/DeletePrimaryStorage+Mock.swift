public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeletePrimaryStorage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deletePrimaryStorageExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deletePrimaryStorage(
        _ request: DeletePrimaryStorage.Request
    ) async throws -> DeletePrimaryStorage.Response {
        try Self.example(DeletePrimaryStorage.Response.self, json: Self.deletePrimaryStorageExample)
    }
}
