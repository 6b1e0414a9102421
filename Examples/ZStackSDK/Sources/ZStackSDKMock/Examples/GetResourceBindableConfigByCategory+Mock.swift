public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetResourceBindableConfigByCategory``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getResourceBindableConfigByCategoryExample = #"""
        {
          "success": true,
          "bindableConfigs": [
            {}
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getResourceBindableConfigByCategory(
        _ request: GetResourceBindableConfigByCategory.Request
    ) async throws -> GetResourceBindableConfigByCategory.Response {
        try Self.example(GetResourceBindableConfigByCategory.Response.self, json: Self.getResourceBindableConfigByCategoryExample)
    }
}
