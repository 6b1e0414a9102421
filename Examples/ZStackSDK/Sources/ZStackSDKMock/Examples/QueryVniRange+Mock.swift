public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryVniRange``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryVniRangeExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "9fa319e4eedcbbcb933fb01243e3973c",
              "name": "name",
              "description": "description",
              "startVni": 1,
              "endVni": 1,
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "l2NetworkUuid": "5a2917a2ebbf23f2af9ac7efa08c07c1"
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
    public func queryVniRange(
        _ request: QueryVniRange.Request
    ) async throws -> QueryVniRange.Response {
        try Self.example(QueryVniRange.Response.self, json: Self.queryVniRangeExample)
    }
}
