public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ReconnectSftpBackupStorage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let reconnectSftpBackupStorageExample = #"""
        {
          "success": true,
          "inventory": {
            "hostname": "hostname",
            "username": "username",
            "sshPort": 1,
            "uuid": "36b9ed6f69f659b8436a241ba1002828",
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
    public func reconnectSftpBackupStorage(
        _ request: ReconnectSftpBackupStorage.Request
    ) async throws -> ReconnectSftpBackupStorage.Response {
        try Self.example(ReconnectSftpBackupStorage.Response.self, json: Self.reconnectSftpBackupStorageExample)
    }
}
