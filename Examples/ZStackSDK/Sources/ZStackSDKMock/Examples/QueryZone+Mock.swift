public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryZone``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryZoneExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "afa17c5038f94981862e7d39ae247716",
              "name": "name",
              "description": "description",
              "state": "state",
              "type": "type",
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
    public func queryZone(
        _ request: QueryZone.Request
    ) async throws -> QueryZone.Response {
        try Self.example(QueryZone.Response.self, json: Self.queryZoneExample)
    }
}
