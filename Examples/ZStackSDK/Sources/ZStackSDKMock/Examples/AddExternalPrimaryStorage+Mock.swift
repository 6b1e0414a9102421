public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AddExternalPrimaryStorage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let addExternalPrimaryStorageExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "fe8d2008bc1c096b004f383a7ffc5eb4",
            "zoneUuid": "c835a0341e5ddb45716a13cc8b9de57d",
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
    public func addExternalPrimaryStorage(
        _ request: AddExternalPrimaryStorage.Request
    ) async throws -> AddExternalPrimaryStorage.Response {
        try Self.example(AddExternalPrimaryStorage.Response.self, json: Self.addExternalPrimaryStorageExample)
    }
}
