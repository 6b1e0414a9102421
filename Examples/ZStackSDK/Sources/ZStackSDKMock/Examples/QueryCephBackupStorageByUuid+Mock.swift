public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryCephBackupStorageByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryCephBackupStorageByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "b7964e49c42ce3c9b4e9b3309e723cd2",
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
    public func queryCephBackupStorageByUuid(
        _ request: QueryCephBackupStorageByUuid.Request
    ) async throws -> QueryCephBackupStorageByUuid.Response {
        try Self.example(QueryCephBackupStorageByUuid.Response.self, json: Self.queryCephBackupStorageByUuidExample)
    }
}
