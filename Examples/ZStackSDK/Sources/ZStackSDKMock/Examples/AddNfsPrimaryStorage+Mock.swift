public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AddNfsPrimaryStorage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let addNfsPrimaryStorageExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "f5e4a1901543775a57bc68e8d2ad0fc8",
            "zoneUuid": "6e8cce5a7043720c0e71373a1c96f971",
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
    public func addNfsPrimaryStorage(
        _ request: AddNfsPrimaryStorage.Request
    ) async throws -> AddNfsPrimaryStorage.Response {
        try Self.example(AddNfsPrimaryStorage.Response.self, json: Self.addNfsPrimaryStorageExample)
    }
}
