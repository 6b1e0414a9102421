public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateGlobalConfig``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateGlobalConfigExample = #"""
        {
          "success": true,
          "inventory": {
            "name": "name",
            "category": "category",
            "description": "description",
            "defaultValue": "defaultValue",
            "value": "value"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func updateGlobalConfig(
        _ request: UpdateGlobalConfig.Request
    ) async throws -> UpdateGlobalConfig.Response {
        try Self.example(UpdateGlobalConfig.Response.self, json: Self.updateGlobalConfigExample)
    }
}
