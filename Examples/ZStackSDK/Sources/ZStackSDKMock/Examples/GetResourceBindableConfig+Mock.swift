public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetResourceBindableConfig``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getResourceBindableConfigExample = #"""
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
    public func getResourceBindableConfig(
        _ request: GetResourceBindableConfig.Request
    ) async throws -> GetResourceBindableConfig.Response {
        try Self.example(GetResourceBindableConfig.Response.self, json: Self.getResourceBindableConfigExample)
    }
}
