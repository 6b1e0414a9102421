public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ChangePrimaryStorageState``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let changePrimaryStorageStateExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "f22ec079f8921766d83b6d04985c3992",
            "zoneUuid": "71c9232b99fc044c0126aeebe9be7d52",
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
    public func changePrimaryStorageState(
        _ request: ChangePrimaryStorageState.Request
    ) async throws -> ChangePrimaryStorageState.Response {
        try Self.example(ChangePrimaryStorageState.Response.self, json: Self.changePrimaryStorageStateExample)
    }
}
