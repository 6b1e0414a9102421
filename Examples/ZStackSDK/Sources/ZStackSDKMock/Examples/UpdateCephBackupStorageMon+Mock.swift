public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateCephBackupStorageMon``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateCephBackupStorageMonExample = #"""
        {
          "success": true,
          "inventory": {
            "mons": [
              {
                "hostname": "hostname",
                "monPort": 1,
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                "backupStorageUuid": "7cede16045a4daa4891f72627c2c9d49",
                "monAddr": "monAddr",
                "sshPort": 1,
                "status": "status",
                "sshUsername": "sshUsername",
                "sshPassword": "sshPassword",
                "monUuid": "24cd738d05ce8c7f0d23eb9d5ecedcd6"
              }
            ],
            "fsid": "fsid",
            "poolName": "poolName",
            "uuid": "3032f914a452d18ba4f6e7e4b798b868",
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
    public func updateCephBackupStorageMon(
        _ request: UpdateCephBackupStorageMon.Request
    ) async throws -> UpdateCephBackupStorageMon.Response {
        try Self.example(UpdateCephBackupStorageMon.Response.self, json: Self.updateCephBackupStorageMonExample)
    }
}
