public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateDataVolume``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createDataVolumeExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "00b134f76c6b78f936688e4f00c6a5d4",
            "name": "name",
            "description": "description",
            "primaryStorageUuid": "b7d70bdbfe9fd254ccc06298f2b11194",
            "vmInstanceUuid": "f3954f5e6d2e9d49b10f913d2f7db837",
            "diskOfferingUuid": "14a88e6f668c1d36d5703ad4461a68fd",
            "rootImageUuid": "dd85cc0ee5c329191f5ff7ba28adb8a4",
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
            "lastVmInstanceUuid": "9b5825be97237991e800f31a250bce70"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func createDataVolume(
        _ request: CreateDataVolume.Request
    ) async throws -> CreateDataVolume.Response {
        try Self.example(CreateDataVolume.Response.self, json: Self.createDataVolumeExample)
    }
}
