public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateL2HardwareVxlanNetwork``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createL2HardwareVxlanNetworkExample = #"""
        {
          "success": true,
          "inventory": {
            "vni": 1,
            "poolUuid": "699641cb35e2f1a0769779766557a565",
            "uuid": "8a486e4a63126abaf7fe4914721ce1e7",
            "name": "name",
            "description": "description",
            "zoneUuid": "f465a43463d92a9cfd9b2c09f009c230",
            "physicalInterface": "physicalInterface",
            "type": "type",
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
    public func createL2HardwareVxlanNetwork(
        _ request: CreateL2HardwareVxlanNetwork.Request
    ) async throws -> CreateL2HardwareVxlanNetwork.Response {
        try Self.example(CreateL2HardwareVxlanNetwork.Response.self, json: Self.createL2HardwareVxlanNetworkExample)
    }
}
