public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateCephPrimaryStorageMon``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateCephPrimaryStorageMonExample = #"""
        {
          "success": true,
          "inventory": {
            "mons": [
              {
                "hostname": "hostname",
                "monPort": 1,
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                "primaryStorageUuid": "3c1a2038eea7be9a7293cd51a9fba3e7",
                "monAddr": "monAddr",
                "sshUsername": "sshUsername",
                "sshPassword": "sshPassword",
                "sshPort": 1,
                "status": "status",
                "monUuid": "779275c4fe000e6e785257afcb8f7919"
              }
            ],
            "fsid": "fsid",
            "rootVolumePoolName": "rootVolumePoolName",
            "dataVolumePoolName": "dataVolumePoolName",
            "imageCachePoolName": "imageCachePoolName",
            "uuid": "923365f65cbeff38d7748702fae8206c",
            "zoneUuid": "8fe47f125d67c212d81fcbe6b3f544ed",
            "name": "name",
            "url": "url",
            "description": "description",
            "totalCapacity": 1,
            "availableCapacity": 1,
            "totalPhysicalCapacity": 1,
            "availablePhysicalCapacity": 1,
            "systemUsedCapacity": 1,
            "type": "type",
            "state": "state",
            "status": "status",
            "mountPath": "mountPath",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "attachedClusterUuids": [
              "attachedClusterUuids"
            ]
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func updateCephPrimaryStorageMon(
        _ request: UpdateCephPrimaryStorageMon.Request
    ) async throws -> UpdateCephPrimaryStorageMon.Response {
        try Self.example(UpdateCephPrimaryStorageMon.Response.self, json: Self.updateCephPrimaryStorageMonExample)
    }
}
