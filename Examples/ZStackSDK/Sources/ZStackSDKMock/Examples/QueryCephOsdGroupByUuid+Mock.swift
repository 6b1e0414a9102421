public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryCephOsdGroupByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryCephOsdGroupByUuidExample = #"""
        {
          "inventories": [
            {
              "primaryStorageUuid": "bdd2d28e5034534f7cf04e8c424ce5b9",
              "osds": "osds",
              "availableCapacity": 1,
              "availablePhysicalCapacity": 1,
              "totalPhysicalCapacity": 1,
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "uuid": "9bfe5dbdee90206a0f1b0563d5e58596"
            }
          ],
          "success": true,
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func queryCephOsdGroupByUuid(
        _ request: QueryCephOsdGroupByUuid.Request
    ) async throws -> QueryCephOsdGroupByUuid.Response {
        try Self.example(QueryCephOsdGroupByUuid.Response.self, json: Self.queryCephOsdGroupByUuidExample)
    }
}
