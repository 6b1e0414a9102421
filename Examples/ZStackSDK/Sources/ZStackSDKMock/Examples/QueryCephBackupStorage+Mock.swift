public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryCephBackupStorage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryCephBackupStorageExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "e8f48e84a55214054263ac8e2ab9796d",
              "name": "name",
              "url": "url",
              "description": "description",
              "totalCapacity": 1,
              "availableCapacity": 1,
              "type": "type",
              "state": "state",
              "status": "status",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "attachedZoneUuids": [
                "attachedZoneUuids"
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
    public func queryCephBackupStorage(
        _ request: QueryCephBackupStorage.Request
    ) async throws -> QueryCephBackupStorage.Response {
        try Self.example(QueryCephBackupStorage.Response.self, json: Self.queryCephBackupStorageExample)
    }
}
