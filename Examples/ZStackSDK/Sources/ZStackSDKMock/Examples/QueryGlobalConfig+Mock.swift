public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryGlobalConfig``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryGlobalConfigExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "name": "name",
              "category": "category",
              "description": "description",
              "defaultValue": "defaultValue",
              "value": "value"
            }
          ],
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func queryGlobalConfig(
        _ request: QueryGlobalConfig.Request
    ) async throws -> QueryGlobalConfig.Response {
        try Self.example(QueryGlobalConfig.Response.self, json: Self.queryGlobalConfigExample)
    }
}
