public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AddMonToCephPrimaryStorage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let addMonToCephPrimaryStorageExample = #"""
        {
          "success": true,
          "inventory": {
            "mons": [
              {
                "hostname": "hostname",
                "monPort": 1,
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                "primaryStorageUuid": "84ffe4b65c179710c640b40a0d6d1862",
                "monAddr": "monAddr",
                "sshUsername": "sshUsername",
                "sshPassword": "sshPassword",
                "sshPort": 1,
                "status": "status",
                "monUuid": "cca64850a3014f50588fe37fd576c71d"
              }
            ],
            "fsid": "fsid",
            "rootVolumePoolName": "rootVolumePoolName",
            "dataVolumePoolName": "dataVolumePoolName",
            "imageCachePoolName": "imageCachePoolName",
            "uuid": "5c8b21f5b814c9263d77a810d56778ef",
            "zoneUuid": "b035a91cff7592b0d7fae5cca1a8bf76",
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
    public func addMonToCephPrimaryStorage(
        _ request: AddMonToCephPrimaryStorage.Request
    ) async throws -> AddMonToCephPrimaryStorage.Response {
        try Self.example(AddMonToCephPrimaryStorage.Response.self, json: Self.addMonToCephPrimaryStorageExample)
    }
}
