public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateBackupStorage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateBackupStorageExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "acc00669cc6eab6cb9d63f4da94e4717",
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
    public func updateBackupStorage(
        _ request: UpdateBackupStorage.Request
    ) async throws -> UpdateBackupStorage.Response {
        try Self.example(UpdateBackupStorage.Response.self, json: Self.updateBackupStorageExample)
    }
}
