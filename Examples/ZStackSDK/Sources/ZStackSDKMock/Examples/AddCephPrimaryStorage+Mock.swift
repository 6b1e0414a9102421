public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AddCephPrimaryStorage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let addCephPrimaryStorageExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "0cfcbfe625982016722ea0fc2fc51434",
            "zoneUuid": "5bb49370ee13f3b41cc54a8a3bdffb63",
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
    public func addCephPrimaryStorage(
        _ request: AddCephPrimaryStorage.Request
    ) async throws -> AddCephPrimaryStorage.Response {
        try Self.example(AddCephPrimaryStorage.Response.self, json: Self.addCephPrimaryStorageExample)
    }
}
