public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateSftpBackupStorage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateSftpBackupStorageExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "42986b47dd9ba291314548f27c145b10",
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
    public func updateSftpBackupStorage(
        _ request: UpdateSftpBackupStorage.Request
    ) async throws -> UpdateSftpBackupStorage.Response {
        try Self.example(UpdateSftpBackupStorage.Response.self, json: Self.updateSftpBackupStorageExample)
    }
}
