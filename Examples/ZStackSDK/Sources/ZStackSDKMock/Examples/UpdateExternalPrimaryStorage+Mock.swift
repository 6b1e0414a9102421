public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateExternalPrimaryStorage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateExternalPrimaryStorageExample = #"""
        {
          "inventory": {
            "identity": "identity",
            "config": "config",
            "addonInfo": "addonInfo",
            "outputProtocols": [
              "outputProtocols"
            ],
            "defaultProtocol": "defaultProtocol",
            "uuid": "94ec137cf0fc7e88a3132e96d453f071",
            "zoneUuid": "f563ac7cffdc70e62363b678af89601f",
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
          },
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func updateExternalPrimaryStorage(
        _ request: UpdateExternalPrimaryStorage.Request
    ) async throws -> UpdateExternalPrimaryStorage.Response {
        try Self.example(UpdateExternalPrimaryStorage.Response.self, json: Self.updateExternalPrimaryStorageExample)
    }
}
