public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DetachBackupStorageFromZone``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let detachBackupStorageFromZoneExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "67d3f4072154dfa47e3e116a076b365d",
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
    public func detachBackupStorageFromZone(
        _ request: DetachBackupStorageFromZone.Request
    ) async throws -> DetachBackupStorageFromZone.Response {
        try Self.example(DetachBackupStorageFromZone.Response.self, json: Self.detachBackupStorageFromZoneExample)
    }
}
