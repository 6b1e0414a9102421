public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetSupportedIdentityModels``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getSupportedIdentityModelsExample = #"""
        {
          "configs": [
            "configs"
          ],
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getSupportedIdentityModels(
        _ request: GetSupportedIdentityModels.Request
    ) async throws -> GetSupportedIdentityModels.Response {
        try Self.example(GetSupportedIdentityModels.Response.self, json: Self.getSupportedIdentityModelsExample)
    }
}
