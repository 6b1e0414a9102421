public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetResourceConfig``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getResourceConfigExample = #"""
        {
          "value": "value",
          "effectiveConfigs": [
            {
              "uuid": "34e15d79fb810a58570fbbaa7d60211c",
              "resourceUuid": "fdf84e4db611b1d055c1439b2d50977e",
              "resourceType": "resourceType",
              "name": "name",
              "description": "description",
              "category": "category",
              "value": "value",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM"
            }
          ],
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getResourceConfig(
        _ request: GetResourceConfig.Request
    ) async throws -> GetResourceConfig.Response {
        try Self.example(GetResourceConfig.Response.self, json: Self.getResourceConfigExample)
    }
}
