public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ReloadExternalService``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let reloadExternalServiceExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func reloadExternalService(
        _ request: ReloadExternalService.Request
    ) async throws -> ReloadExternalService.Response {
        try Self.example(ReloadExternalService.Response.self, json: Self.reloadExternalServiceExample)
    }
}
