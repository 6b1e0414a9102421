public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``RemoveSdnController``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let removeSdnControllerExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func removeSdnController(
        _ request: RemoveSdnController.Request
    ) async throws -> RemoveSdnController.Response {
        try Self.example(RemoveSdnController.Response.self, json: Self.removeSdnControllerExample)
    }
}
