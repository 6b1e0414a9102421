public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DetachL2NetworkFromCluster``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let detachL2NetworkFromClusterExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "6230382d3754e76633b40c8639673963",
            "name": "name",
            "description": "description",
            "zoneUuid": "7348227384fa43f0945c8edeff2523d5",
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
    public func detachL2NetworkFromCluster(
        _ request: DetachL2NetworkFromCluster.Request
    ) async throws -> DetachL2NetworkFromCluster.Response {
        try Self.example(DetachL2NetworkFromCluster.Response.self, json: Self.detachL2NetworkFromClusterExample)
    }
}
