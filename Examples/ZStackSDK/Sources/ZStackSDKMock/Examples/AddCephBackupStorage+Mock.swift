public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AddCephBackupStorage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let addCephBackupStorageExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "486d36030d5eaac1b7096dccfbe731f3",
            "name": "name",
            "url": "url",
            "description": "description",
            "totalCapacity": 1,
            "availableCapacity": 1,
            "type": "type",
            "state": "state",
            "status": "status",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "attachedZoneUuids": [
              "attachedZoneUuids"
            ]
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func addCephBackupStorage(
        _ request: AddCephBackupStorage.Request
    ) async throws -> AddCephBackupStorage.Response {
        try Self.example(AddCephBackupStorage.Response.self, json: Self.addCephBackupStorageExample)
    }
}
