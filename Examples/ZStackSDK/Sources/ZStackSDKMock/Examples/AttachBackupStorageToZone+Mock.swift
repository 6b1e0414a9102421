public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AttachBackupStorageToZone``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let attachBackupStorageToZoneExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "8f4fd52e2f02a20f3ac13d77a70fb8da",
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
    public func attachBackupStorageToZone(
        _ request: AttachBackupStorageToZone.Request
    ) async throws -> AttachBackupStorageToZone.Response {
        try Self.example(AttachBackupStorageToZone.Response.self, json: Self.attachBackupStorageToZoneExample)
    }
}
