public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UndoSnapshotCreation``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let undoSnapshotCreationExample = #"""
        {
          "inventory": {
            "uuid": "40644ecbd491ff0a198570b3c0368986",
            "name": "name",
            "description": "description",
            "primaryStorageUuid": "35f0fd9fda761a0f6a8eba39184ea29c",
            "vmInstanceUuid": "ca4b3ef71cee04628352eff80b5d7da9",
            "diskOfferingUuid": "a95845617a26ba090cb3977c5237cb74",
            "rootImageUuid": "70839ed03ec6f3906e9c828408ae681f",
            "installPath": "installPath",
            "type": "type",
            "format": "format",
            "size": 1,
            "actualSize": 1,
            "deviceId": 1,
            "state": "state",
            "status": "status",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "isShareable": true,
            "volumeQos": "volumeQos",
            "lastDetachDate": "Jan 6, 2017 3:51:16 AM",
            "lastVmInstanceUuid": "5db223506847f8ea2fa4ce9624ef7588"
          },
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func undoSnapshotCreation(
        _ request: UndoSnapshotCreation.Request
    ) async throws -> UndoSnapshotCreation.Response {
        try Self.example(UndoSnapshotCreation.Response.self, json: Self.undoSnapshotCreationExample)
    }
}
