public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryDiskOfferingByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryDiskOfferingByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "9561e59e1f64657c6300e4772801da31",
              "name": "name",
              "description": "description",
              "diskSize": 1,
              "sortKey": 1,
              "state": "state",
              "type": "type",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "allocatorStrategy": "allocatorStrategy"
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
    public func queryDiskOfferingByUuid(
        _ request: QueryDiskOfferingByUuid.Request
    ) async throws -> QueryDiskOfferingByUuid.Response {
        try Self.example(QueryDiskOfferingByUuid.Response.self, json: Self.queryDiskOfferingByUuidExample)
    }
}
