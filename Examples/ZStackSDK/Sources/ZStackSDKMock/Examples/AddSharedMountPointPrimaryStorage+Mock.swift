public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AddSharedMountPointPrimaryStorage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let addSharedMountPointPrimaryStorageExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "0ba6da2cb2b3d042ac4d8f55b301267d",
            "zoneUuid": "51614f71ced180e8959bdef162d4dbec",
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
    public func addSharedMountPointPrimaryStorage(
        _ request: AddSharedMountPointPrimaryStorage.Request
    ) async throws -> AddSharedMountPointPrimaryStorage.Response {
        try Self.example(AddSharedMountPointPrimaryStorage.Response.self, json: Self.addSharedMountPointPrimaryStorageExample)
    }
}
