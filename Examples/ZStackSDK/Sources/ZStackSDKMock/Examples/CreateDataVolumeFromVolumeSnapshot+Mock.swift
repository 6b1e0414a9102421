public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateDataVolumeFromVolumeSnapshot``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createDataVolumeFromVolumeSnapshotExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "8fc36c5bc91dfab5860d341364f20f68",
            "name": "name",
            "description": "description",
            "primaryStorageUuid": "6276028b9f884ba01c7566b4d64136b3",
            "vmInstanceUuid": "ed5c964c84f42bd1f0ad250c3019b044",
            "diskOfferingUuid": "331f4979f8196ceecb16a7f804e9e76b",
            "rootImageUuid": "ed39548c38a184019b0e483dcf5c7d3c",
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
            "lastVmInstanceUuid": "cff1c2ac2134a9750ad3cb71d29fee44"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func createDataVolumeFromVolumeSnapshot(
        _ request: CreateDataVolumeFromVolumeSnapshot.Request
    ) async throws -> CreateDataVolumeFromVolumeSnapshot.Response {
        try Self.example(CreateDataVolumeFromVolumeSnapshot.Response.self, json: Self.createDataVolumeFromVolumeSnapshotExample)
    }
}
