public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QuerySftpBackupStorage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let querySftpBackupStorageExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "hostname": "hostname",
              "username": "username",
              "sshPort": 1,
              "uuid": "93e85d43713821be5820963e7ffc14d3",
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
    public func querySftpBackupStorage(
        _ request: QuerySftpBackupStorage.Request
    ) async throws -> QuerySftpBackupStorage.Response {
        try Self.example(QuerySftpBackupStorage.Response.self, json: Self.querySftpBackupStorageExample)
    }
}
