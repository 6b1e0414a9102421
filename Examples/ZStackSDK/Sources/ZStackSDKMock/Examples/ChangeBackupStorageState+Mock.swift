public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ChangeBackupStorageState``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let changeBackupStorageStateExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "2ff06e2402ea7b7f0b72cef321975e05",
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
    public func changeBackupStorageState(
        _ request: ChangeBackupStorageState.Request
    ) async throws -> ChangeBackupStorageState.Response {
        try Self.example(ChangeBackupStorageState.Response.self, json: Self.changeBackupStorageStateExample)
    }
}
