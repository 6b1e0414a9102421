public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryBackupStorageByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryBackupStorageByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "7c2d5499286364a1e09b73deaeced636",
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
    public func queryBackupStorageByUuid(
        _ request: QueryBackupStorageByUuid.Request
    ) async throws -> QueryBackupStorageByUuid.Response {
        try Self.example(QueryBackupStorageByUuid.Response.self, json: Self.queryBackupStorageByUuidExample)
    }
}
