public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryCephPrimaryStoragePool``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryCephPrimaryStoragePoolExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "5d35bd8d65077fc4fce5eaa368921ffa",
              "primaryStorageUuid": "283eaec053c5d24deba4ba11f8714b9c",
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
    public func queryCephPrimaryStoragePool(
        _ request: QueryCephPrimaryStoragePool.Request
    ) async throws -> QueryCephPrimaryStoragePool.Response {
        try Self.example(QueryCephPrimaryStoragePool.Response.self, json: Self.queryCephPrimaryStoragePoolExample)
    }
}
