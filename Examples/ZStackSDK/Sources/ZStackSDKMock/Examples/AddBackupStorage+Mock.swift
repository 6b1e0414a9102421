public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AddBackupStorage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let addBackupStorageExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "a73086c7ce210b71e6cbabaf909e6234",
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
    public func addBackupStorage(
        _ request: AddBackupStorage.Request
    ) async throws -> AddBackupStorage.Response {
        try Self.example(AddBackupStorage.Response.self, json: Self.addBackupStorageExample)
    }
}
