public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateL2NoVlanNetwork``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createL2NoVlanNetworkExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "efe2ef72d81822a85e92ae5453a84317",
            "name": "name",
            "description": "description",
            "zoneUuid": "cf6059f8361348aa430d94043b25fa04",
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
    public func createL2NoVlanNetwork(
        _ request: CreateL2NoVlanNetwork.Request
    ) async throws -> CreateL2NoVlanNetwork.Response {
        try Self.example(CreateL2NoVlanNetwork.Response.self, json: Self.createL2NoVlanNetworkExample)
    }
}
