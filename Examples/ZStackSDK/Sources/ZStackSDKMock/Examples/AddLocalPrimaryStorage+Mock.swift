public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AddLocalPrimaryStorage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let addLocalPrimaryStorageExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "d5cffbab2b6c6a72e87134bcdd5d4a67",
            "zoneUuid": "ed6d0e18c5dde19c79e1c424345ce401",
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
    public func addLocalPrimaryStorage(
        _ request: AddLocalPrimaryStorage.Request
    ) async throws -> AddLocalPrimaryStorage.Response {
        try Self.example(AddLocalPrimaryStorage.Response.self, json: Self.addLocalPrimaryStorageExample)
    }
}
