public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DetachPrimaryStorageFromCluster``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let detachPrimaryStorageFromClusterExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "ee209413e44c7762781025fe1d3fd821",
            "zoneUuid": "8c4b573af6e2eef0c3155d46cb3ef637",
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
    public func detachPrimaryStorageFromCluster(
        _ request: DetachPrimaryStorageFromCluster.Request
    ) async throws -> DetachPrimaryStorageFromCluster.Response {
        try Self.example(DetachPrimaryStorageFromCluster.Response.self, json: Self.detachPrimaryStorageFromClusterExample)
    }
}
