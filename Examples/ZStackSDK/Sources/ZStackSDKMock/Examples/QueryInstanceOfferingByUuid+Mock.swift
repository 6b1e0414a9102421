public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryInstanceOfferingByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryInstanceOfferingByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "68858606afd4e502ae7248bfd2f148b5",
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
    public func queryInstanceOfferingByUuid(
        _ request: QueryInstanceOfferingByUuid.Request
    ) async throws -> QueryInstanceOfferingByUuid.Response {
        try Self.example(QueryInstanceOfferingByUuid.Response.self, json: Self.queryInstanceOfferingByUuidExample)
    }
}
