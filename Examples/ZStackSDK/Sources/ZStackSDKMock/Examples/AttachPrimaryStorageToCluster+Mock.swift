public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AttachPrimaryStorageToCluster``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let attachPrimaryStorageToClusterExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "4fb3ee6551469a3b0c8eb8963cacbf9e",
            "zoneUuid": "5312206a011b4885966f5de8c52d4323",
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
    public func attachPrimaryStorageToCluster(
        _ request: AttachPrimaryStorageToCluster.Request
    ) async throws -> AttachPrimaryStorageToCluster.Response {
        try Self.example(AttachPrimaryStorageToCluster.Response.self, json: Self.attachPrimaryStorageToClusterExample)
    }
}
