public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QuerySftpBackupStorageByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let querySftpBackupStorageByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "hostname": "hostname",
              "username": "username",
              "sshPort": 1,
              "uuid": "4bc82da9f3606872a06598a0d8626263",
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
    public func querySftpBackupStorageByUuid(
        _ request: QuerySftpBackupStorageByUuid.Request
    ) async throws -> QuerySftpBackupStorageByUuid.Response {
        try Self.example(QuerySftpBackupStorageByUuid.Response.self, json: Self.querySftpBackupStorageByUuidExample)
    }
}
