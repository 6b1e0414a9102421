public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryResourceConfig``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryResourceConfigExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "b5adaca1c1a42d0fba20b28796dc86c4",
              "resourceUuid": "bdbfbc5063162e334876f6aa6538df02",
              "resourceType": "resourceType",
              "name": "name",
              "description": "description",
              "category": "category",
              "value": "value",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM"
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
    public func queryResourceConfig(
        _ request: QueryResourceConfig.Request
    ) async throws -> QueryResourceConfig.Response {
        try Self.example(QueryResourceConfig.Response.self, json: Self.queryResourceConfigExample)
    }
}
