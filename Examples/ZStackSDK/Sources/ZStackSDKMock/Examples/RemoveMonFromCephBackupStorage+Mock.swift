public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``RemoveMonFromCephBackupStorage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let removeMonFromCephBackupStorageExample = #"""
        {
          "success": true,
          "inventory": {
            "mons": [
              {
                "hostname": "hostname",
                "monPort": 1,
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                "backupStorageUuid": "01b1b4c56ecafc3f218a4b6c756390be",
                "monAddr": "monAddr",
                "sshPort": 1,
                "status": "status",
                "sshUsername": "sshUsername",
                "sshPassword": "sshPassword",
                "monUuid": "0548162c575bd4c090e2882d00840b3b"
              }
            ],
            "fsid": "fsid",
            "poolName": "poolName",
            "uuid": "3c3052b99f144c16c7589d7a738e0fcb",
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
            ],
            "poolAvailableCapacity": 1,
            "poolUsedCapacity": 1,
            "poolReplicatedSize": 1
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func removeMonFromCephBackupStorage(
        _ request: RemoveMonFromCephBackupStorage.Request
    ) async throws -> RemoveMonFromCephBackupStorage.Response {
        try Self.example(RemoveMonFromCephBackupStorage.Response.self, json: Self.removeMonFromCephBackupStorageExample)
    }
}
