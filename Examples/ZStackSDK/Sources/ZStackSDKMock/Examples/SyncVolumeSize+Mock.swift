public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``SyncVolumeSize``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let syncVolumeSizeExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "a90cd27bfd8f7741988c9e9ae7350b79",
            "name": "name",
            "description": "description",
            "primaryStorageUuid": "44da8fc1ee840dbc5730d078b0241bbb",
            "vmInstanceUuid": "c628fbd712445da5640d27ad5b5034cc",
            "diskOfferingUuid": "01179c97ad8edd52e54df6802addc3ca",
            "rootImageUuid": "c9b0cd754ac340252e91d08b4e2fc261",
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
            "lastVmInstanceUuid": "c61077af3f50b7f9e14bccb15ef627e4"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func syncVolumeSize(
        _ request: SyncVolumeSize.Request
    ) async throws -> SyncVolumeSize.Response {
        try Self.example(SyncVolumeSize.Response.self, json: Self.syncVolumeSizeExample)
    }
}
