public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateL2VxlanNetwork``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createL2VxlanNetworkExample = #"""
        {
          "success": true,
          "inventory": {
            "vni": 1,
            "poolUuid": "4cd4961728045c70b7fca98b1aee8874",
            "uuid": "81cc281896beddca939cddbd101a068b",
            "name": "name",
            "description": "description",
            "zoneUuid": "df9bb893ce5ace9ce7ec58ef1827338a",
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
    public func createL2VxlanNetwork(
        _ request: CreateL2VxlanNetwork.Request
    ) async throws -> CreateL2VxlanNetwork.Response {
        try Self.example(CreateL2VxlanNetwork.Response.self, json: Self.createL2VxlanNetworkExample)
    }
}
