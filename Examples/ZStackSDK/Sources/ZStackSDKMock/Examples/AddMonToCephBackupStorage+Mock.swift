public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AddMonToCephBackupStorage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let addMonToCephBackupStorageExample = #"""
        {
          "success": true,
          "inventory": {
            "mons": [
              {
                "hostname": "hostname",
                "monPort": 1,
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                "backupStorageUuid": "b3e5ade44e055142a0d62f9cb2b5b08b",
                "monAddr": "monAddr",
                "sshPort": 1,
                "status": "status",
                "sshUsername": "sshUsername",
                "sshPassword": "sshPassword",
                "monUuid": "2f241a9346cf3135a4a5a24756dfd492"
              }
            ],
            "fsid": "fsid",
            "poolName": "poolName",
            "uuid": "2439115c50d85f39c5c2604938a1668b",
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
    public func addMonToCephBackupStorage(
        _ request: AddMonToCephBackupStorage.Request
    ) async throws -> AddMonToCephBackupStorage.Response {
        try Self.example(AddMonToCephBackupStorage.Response.self, json: Self.addMonToCephBackupStorageExample)
    }
}
