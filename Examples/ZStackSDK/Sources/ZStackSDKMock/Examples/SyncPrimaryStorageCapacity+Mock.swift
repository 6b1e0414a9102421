public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``SyncPrimaryStorageCapacity``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let syncPrimaryStorageCapacityExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "75d45846fa066b7985f419e099386e05",
            "zoneUuid": "9f4d550327990fb3a3c9ba172524d1c9",
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
    public func syncPrimaryStorageCapacity(
        _ request: SyncPrimaryStorageCapacity.Request
    ) async throws -> SyncPrimaryStorageCapacity.Response {
        try Self.example(SyncPrimaryStorageCapacity.Response.self, json: Self.syncPrimaryStorageCapacityExample)
    }
}
