public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateVolume``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateVolumeExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "c6efd0eb0f1b41526db7b26c2b6d7349",
            "name": "name",
            "description": "description",
            "primaryStorageUuid": "9c244214dd823e77c6c45582cf7b4cb6",
            "vmInstanceUuid": "d46096f8e0508b4af482a8108ee41757",
            "diskOfferingUuid": "1a5dc40f96c51fe1a45c7305254f496e",
            "rootImageUuid": "dfbd6f73f5f64df8551bbf8453b5bc14",
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
            "lastVmInstanceUuid": "0f5408208bc94112e91a802b02cc788e"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func updateVolume(
        _ request: UpdateVolume.Request
    ) async throws -> UpdateVolume.Response {
        try Self.example(UpdateVolume.Response.self, json: Self.updateVolumeExample)
    }
}
