public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ReconnectPrimaryStorage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let reconnectPrimaryStorageExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "6dbeac312583b5e6bd3092365f6ac5d4",
            "zoneUuid": "a7b6109c776ba3c4f48d475277b70560",
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
    public func reconnectPrimaryStorage(
        _ request: ReconnectPrimaryStorage.Request
    ) async throws -> ReconnectPrimaryStorage.Response {
        try Self.example(ReconnectPrimaryStorage.Response.self, json: Self.reconnectPrimaryStorageExample)
    }
}
