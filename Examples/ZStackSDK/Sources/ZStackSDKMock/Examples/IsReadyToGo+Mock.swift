public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``IsReadyToGo``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let isReadyToGoExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func isReadyToGo(
        _ request: IsReadyToGo.Request
    ) async throws -> IsReadyToGo.Response {
        try Self.example(IsReadyToGo.Response.self, json: Self.isReadyToGoExample)
    }
}
