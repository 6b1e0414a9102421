public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryCephPrimaryStorage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryCephPrimaryStorageExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "2b5f74d4084577327fd3dc192c3df02b",
              "zoneUuid": "794779ed2953c424890db92ddbfc5b2a",
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
    public func queryCephPrimaryStorage(
        _ request: QueryCephPrimaryStorage.Request
    ) async throws -> QueryCephPrimaryStorage.Response {
        try Self.example(QueryCephPrimaryStorage.Response.self, json: Self.queryCephPrimaryStorageExample)
    }
}
