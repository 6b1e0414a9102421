public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``FlattenVolume``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let flattenVolumeExample = #"""
        {
          "inventory": {
            "uuid": "1d24dcdb6bf48ade026e70e4762479f7",
            "name": "name",
            "description": "description",
            "primaryStorageUuid": "dbec199fd26eb5076d112f9df0460e6a",
            "vmInstanceUuid": "07a641645ed4725a63d0889249f85bf0",
            "diskOfferingUuid": "b1224a6e989abaf90b184577bf8ab303",
            "rootImageUuid": "6d3141027d74ef50babc652caf36ed46",
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
            "lastVmInstanceUuid": "1f57334c20a493f2a513f2e3738bbefd"
          },
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func flattenVolume(
        _ request: FlattenVolume.Request
    ) async throws -> FlattenVolume.Response {
        try Self.example(FlattenVolume.Response.self, json: Self.flattenVolumeExample)
    }
}
