public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``RecoverDataVolume``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let recoverDataVolumeExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "5204e1645a3a1fa4ae090bf1a9880922",
            "name": "name",
            "description": "description",
            "primaryStorageUuid": "d3e3bc5e26343171d5aa4526352ce0af",
            "vmInstanceUuid": "7fbea35f34b1e7c09accbf9ac0d81f23",
            "diskOfferingUuid": "b939b800db6eaf3f11dc4a25308f3cc7",
            "rootImageUuid": "a0d018a1be314ad28277db868632c060",
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
            "lastVmInstanceUuid": "37a9c37ae4080ca4fa4ed98393505953"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func recoverDataVolume(
        _ request: RecoverDataVolume.Request
    ) async throws -> RecoverDataVolume.Response {
        try Self.example(RecoverDataVolume.Response.self, json: Self.recoverDataVolumeExample)
    }
}
