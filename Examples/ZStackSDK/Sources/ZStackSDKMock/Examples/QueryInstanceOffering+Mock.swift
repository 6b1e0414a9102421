public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryInstanceOffering``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryInstanceOfferingExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "83279a29b99b1e6291b96bf9ed68f3e1",
              "name": "name",
              "description": "description",
              "cpuNum": 1,
              "cpuSpeed": 1,
              "memorySize": 1,
              "type": "type",
              "allocatorStrategy": "allocatorStrategy",
              "sortKey": 1,
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "state": "state"
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
    public func queryInstanceOffering(
        _ request: QueryInstanceOffering.Request
    ) async throws -> QueryInstanceOffering.Response {
        try Self.example(QueryInstanceOffering.Response.self, json: Self.queryInstanceOfferingExample)
    }
}
