public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryPrimaryStorage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryPrimaryStorageExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "186e24c1bec4300a60b007d9d5edaa7d",
              "zoneUuid": "938bf4cc890085acd254cc3d083c193c",
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
    public func queryPrimaryStorage(
        _ request: QueryPrimaryStorage.Request
    ) async throws -> QueryPrimaryStorage.Response {
        try Self.example(QueryPrimaryStorage.Response.self, json: Self.queryPrimaryStorageExample)
    }
}
