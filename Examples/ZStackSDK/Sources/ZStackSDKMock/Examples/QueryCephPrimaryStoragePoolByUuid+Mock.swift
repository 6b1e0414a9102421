public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryCephPrimaryStoragePoolByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryCephPrimaryStoragePoolByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "e42ea48b22a1eaf8d4b80fb74995b1ca",
              "primaryStorageUuid": "3fdcbb9bd0cdf359ae1b3d307885c81a",
              "poolName": "poolName",
              "aliasName": "aliasName",
              "description": "description",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "type": "type",
              "availableCapacity": 1,
              "usedCapacity": 1,
              "replicatedSize": 1,
              "totalCapacity": 1
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
    public func queryCephPrimaryStoragePoolByUuid(
        _ request: QueryCephPrimaryStoragePoolByUuid.Request
    ) async throws -> QueryCephPrimaryStoragePoolByUuid.Response {
        try Self.example(QueryCephPrimaryStoragePoolByUuid.Response.self, json: Self.queryCephPrimaryStoragePoolByUuidExample)
    }
}
