public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryCephPrimaryStorageByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryCephPrimaryStorageByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "ca4c47fccd399ebee5c1e2053d2febcb",
              "zoneUuid": "6409647773d68c288244fac6e66f255b",
              "name": "name",
              "url": "url",
              "description": "description",
              "totalCapacity": 1,
              "availableCapacity": 1,
              "totalPhysicalCapacity": 1,
              "availablePhysicalCapacity": 1,
              "systemUsedCapacity": 1,
              "type": "type",
              "state": "state",
              "status": "status",
              "mountPath": "mountPath",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "attachedClusterUuids": [
                "attachedClusterUuids"
              ]
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
    public func queryCephPrimaryStorageByUuid(
        _ request: QueryCephPrimaryStorageByUuid.Request
    ) async throws -> QueryCephPrimaryStorageByUuid.Response {
        try Self.example(QueryCephPrimaryStorageByUuid.Response.self, json: Self.queryCephPrimaryStorageByUuidExample)
    }
}
