public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AddPrimaryStorage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let addPrimaryStorageExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "4da906be49176066e678bb1fbb3a0e8f",
            "zoneUuid": "76d0868241ce20ec6cb73f2c926c58f2",
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
    public func addPrimaryStorage(
        _ request: AddPrimaryStorage.Request
    ) async throws -> AddPrimaryStorage.Response {
        try Self.example(AddPrimaryStorage.Response.self, json: Self.addPrimaryStorageExample)
    }
}
