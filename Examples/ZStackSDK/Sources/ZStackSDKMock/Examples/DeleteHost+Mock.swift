public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteHost``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteHostExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteHost(
        _ request: DeleteHost.Request
    ) async throws -> DeleteHost.Response {
        try Self.example(DeleteHost.Response.self, json: Self.deleteHostExample)
    }
}
