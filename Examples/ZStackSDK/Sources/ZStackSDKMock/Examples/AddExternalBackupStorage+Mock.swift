public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AddExternalBackupStorage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let addExternalBackupStorageExample = #"""
        {
          "inventory": {
            "identity": "identity",
            "uuid": "5bfbf6be564691ba39b0add3269de988",
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
          },
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func addExternalBackupStorage(
        _ request: AddExternalBackupStorage.Request
    ) async throws -> AddExternalBackupStorage.Response {
        try Self.example(AddExternalBackupStorage.Response.self, json: Self.addExternalBackupStorageExample)
    }
}
