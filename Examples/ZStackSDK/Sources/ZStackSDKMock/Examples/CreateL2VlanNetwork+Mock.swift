public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateL2VlanNetwork``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createL2VlanNetworkExample = #"""
        {
          "success": true,
          "inventory": {
            "vlan": 1,
            "uuid": "1eb80ef0dc243271468e929acba2f810",
            "name": "name",
            "description": "description",
            "zoneUuid": "1c9033e65d965f7ffdc57c9600abfc89",
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
    public func createL2VlanNetwork(
        _ request: CreateL2VlanNetwork.Request
    ) async throws -> CreateL2VlanNetwork.Response {
        try Self.example(CreateL2VlanNetwork.Response.self, json: Self.createL2VlanNetworkExample)
    }
}
