public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdatePrimaryStorage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updatePrimaryStorageExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "62ed1a19afb6f9c582c631662b154bca",
            "zoneUuid": "c0fef0e8bd1cdacf93067e0e75e91d5f",
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
    public func updatePrimaryStorage(
        _ request: UpdatePrimaryStorage.Request
    ) async throws -> UpdatePrimaryStorage.Response {
        try Self.example(UpdatePrimaryStorage.Response.self, json: Self.updatePrimaryStorageExample)
    }
}
