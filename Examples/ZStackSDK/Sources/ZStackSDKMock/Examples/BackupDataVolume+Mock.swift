public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``BackupDataVolume``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let backupDataVolumeExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "7e596b52481dc9374598df2901472ddb",
            "name": "name",
            "description": "description",
            "primaryStorageUuid": "aa713fda6a06bd96cccf7487b8e5c70e",
            "vmInstanceUuid": "26744f6cd2e05f37c3251c1203a4a1af",
            "diskOfferingUuid": "fe319da24b38d6040beef8d0906c26e9",
            "rootImageUuid": "8879a30c36400f1f303ac3293d26db65",
            "installPath": "installPath",
            "type": "type",
            "format": "format",
            "size": 1,
            "actualSize": 1,
            "deviceId": 1,
            "state": "state",
            "status": "status",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "isShareable": true,
            "volumeQos": "volumeQos",
            "lastDetachDate": "Jan 6, 2017 3:51:16 AM",
            "lastVmInstanceUuid": "645827ff929bca635dd357c33cb80266"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func backupDataVolume(
        _ request: BackupDataVolume.Request
    ) async throws -> BackupDataVolume.Response {
        try Self.example(BackupDataVolume.Response.self, json: Self.backupDataVolumeExample)
    }
}
