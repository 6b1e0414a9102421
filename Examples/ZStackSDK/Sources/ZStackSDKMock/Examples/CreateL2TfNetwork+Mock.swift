public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateL2TfNetwork``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createL2TfNetworkExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "99ec260f5e6ab790eef509ff0a51b771",
            "name": "name",
            "description": "description",
            "zoneUuid": "e09f374af485adda152f8dbe12954b3b",
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
    public func createL2TfNetwork(
        _ request: CreateL2TfNetwork.Request
    ) async throws -> CreateL2TfNetwork.Response {
        try Self.example(CreateL2TfNetwork.Response.self, json: Self.createL2TfNetworkExample)
    }
}
