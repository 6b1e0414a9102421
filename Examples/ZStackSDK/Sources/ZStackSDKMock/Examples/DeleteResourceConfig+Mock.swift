public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteResourceConfig``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteResourceConfigExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteResourceConfig(
        _ request: DeleteResourceConfig.Request
    ) async throws -> DeleteResourceConfig.Response {
        try Self.example(DeleteResourceConfig.Response.self, json: Self.deleteResourceConfigExample)
    }
}
