public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryBackupStorage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryBackupStorageExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "43bbc05a8a27438db84294c58f4cd35f",
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
    public func queryBackupStorage(
        _ request: QueryBackupStorage.Request
    ) async throws -> QueryBackupStorage.Response {
        try Self.example(QueryBackupStorage.Response.self, json: Self.queryBackupStorageExample)
    }
}
