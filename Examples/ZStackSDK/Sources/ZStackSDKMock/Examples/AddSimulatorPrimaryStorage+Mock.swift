public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AddSimulatorPrimaryStorage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let addSimulatorPrimaryStorageExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "28669935183c06713923d8d1d3223ea6",
            "zoneUuid": "a1a5212d9e8bf37b67bf886f9a97f4b0",
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
    public func addSimulatorPrimaryStorage(
        _ request: AddSimulatorPrimaryStorage.Request
    ) async throws -> AddSimulatorPrimaryStorage.Response {
        try Self.example(AddSimulatorPrimaryStorage.Response.self, json: Self.addSimulatorPrimaryStorageExample)
    }
}
