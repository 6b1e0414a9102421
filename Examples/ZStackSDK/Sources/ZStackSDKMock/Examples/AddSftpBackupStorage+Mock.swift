public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AddSftpBackupStorage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let addSftpBackupStorageExample = #"""
        {
          "success": true,
          "inventory": {
            "hostname": "hostname",
            "username": "username",
            "sshPort": 1,
            "uuid": "e3a6032215be8a7445ca25508f4ea547",
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
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func addSftpBackupStorage(
        _ request: AddSftpBackupStorage.Request
    ) async throws -> AddSftpBackupStorage.Response {
        try Self.example(AddSftpBackupStorage.Response.self, json: Self.addSftpBackupStorageExample)
    }
}
