public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryVniRangeByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryVniRangeByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "960526fa379991ab6ca65da3e2581a42",
              "name": "name",
              "description": "description",
              "startVni": 1,
              "endVni": 1,
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "l2NetworkUuid": "0aef7b38b5f8520ec977b6a9ba6d82e8"
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
    public func queryVniRangeByUuid(
        _ request: QueryVniRangeByUuid.Request
    ) async throws -> QueryVniRangeByUuid.Response {
        try Self.example(QueryVniRangeByUuid.Response.self, json: Self.queryVniRangeByUuidExample)
    }
}
