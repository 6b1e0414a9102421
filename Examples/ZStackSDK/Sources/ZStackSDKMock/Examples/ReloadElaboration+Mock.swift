public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ReloadElaboration``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let reloadElaborationExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func reloadElaboration(
        _ request: ReloadElaboration.Request
    ) async throws -> ReloadElaboration.Response {
        try Self.example(ReloadElaboration.Response.self, json: Self.reloadElaborationExample)
    }
}
