public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``RemoveMonFromCephPrimaryStorage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let removeMonFromCephPrimaryStorageExample = #"""
        {
          "success": true,
          "inventory": {
            "mons": [
              {
                "hostname": "hostname",
                "monPort": 1,
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                "primaryStorageUuid": "0d98549a60ac38e9a110d001bfc8ae90",
                "monAddr": "monAddr",
                "sshUsername": "sshUsername",
                "sshPassword": "sshPassword",
                "sshPort": 1,
                "status": "status",
                "monUuid": "1a8c80adfe1fe14fca15de0e04d1ddda"
              }
            ],
            "fsid": "fsid",
            "rootVolumePoolName": "rootVolumePoolName",
            "dataVolumePoolName": "dataVolumePoolName",
            "imageCachePoolName": "imageCachePoolName",
            "uuid": "c869c1827a358f0fe2d472f43ecd082f",
            "zoneUuid": "9d30c28c63468bd1dc3e42bd631bf63d",
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
    public func removeMonFromCephPrimaryStorage(
        _ request: RemoveMonFromCephPrimaryStorage.Request
    ) async throws -> RemoveMonFromCephPrimaryStorage.Response {
        try Self.example(RemoveMonFromCephPrimaryStorage.Response.self, json: Self.removeMonFromCephPrimaryStorageExample)
    }
}
