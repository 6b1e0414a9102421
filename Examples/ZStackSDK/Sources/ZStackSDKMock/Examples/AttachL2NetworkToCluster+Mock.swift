public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AttachL2NetworkToCluster``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let attachL2NetworkToClusterExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "e38ba76fc36d30e36137692b6655649b",
            "name": "name",
            "description": "description",
            "zoneUuid": "8a1f73798ef498a1d4c94d4b8bbe1618",
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
    public func attachL2NetworkToCluster(
        _ request: AttachL2NetworkToCluster.Request
    ) async throws -> AttachL2NetworkToCluster.Response {
        try Self.example(AttachL2NetworkToCluster.Response.self, json: Self.attachL2NetworkToClusterExample)
    }
}
