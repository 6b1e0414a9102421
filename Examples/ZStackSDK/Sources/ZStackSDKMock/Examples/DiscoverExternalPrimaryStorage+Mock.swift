public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DiscoverExternalPrimaryStorage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let discoverExternalPrimaryStorageExample = #"""
        {
          "inventory": {
            "identity": "identity",
            "config": "config",
            "addonInfo": "addonInfo",
            "outputProtocols": [
              "outputProtocols"
            ],
            "defaultProtocol": "defaultProtocol",
            "uuid": "b3d1f8d490fc0020208aad2740688714",
            "zoneUuid": "751999dbd8ba079692a53be092aa4695",
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
    public func discoverExternalPrimaryStorage(
        _ request: DiscoverExternalPrimaryStorage.Request
    ) async throws -> DiscoverExternalPrimaryStorage.Response {
        try Self.example(DiscoverExternalPrimaryStorage.Response.self, json: Self.discoverExternalPrimaryStorageExample)
    }
}
