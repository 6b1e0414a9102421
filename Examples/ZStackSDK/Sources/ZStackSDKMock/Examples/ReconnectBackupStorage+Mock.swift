public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ReconnectBackupStorage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let reconnectBackupStorageExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "052a28240ae4f22dfce845b365b80dd4",
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
    public func reconnectBackupStorage(
        _ request: ReconnectBackupStorage.Request
    ) async throws -> ReconnectBackupStorage.Response {
        try Self.example(ReconnectBackupStorage.Response.self, json: Self.reconnectBackupStorageExample)
    }
}
