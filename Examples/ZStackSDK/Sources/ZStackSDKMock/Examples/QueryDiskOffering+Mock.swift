public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryDiskOffering``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryDiskOfferingExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "7aef78bb55ed0284815df8d4002c2caf",
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
    public func queryDiskOffering(
        _ request: QueryDiskOffering.Request
    ) async throws -> QueryDiskOffering.Response {
        try Self.example(QueryDiskOffering.Response.self, json: Self.queryDiskOfferingExample)
    }
}
