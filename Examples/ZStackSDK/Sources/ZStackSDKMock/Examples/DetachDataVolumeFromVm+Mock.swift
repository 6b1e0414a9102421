public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DetachDataVolumeFromVm``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let detachDataVolumeFromVmExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "c32c20e737556c65d68273c365a13233",
            "name": "name",
            "description": "description",
            "primaryStorageUuid": "25b214a2f982578029f390d11d39ac8a",
            "vmInstanceUuid": "9aacb6857e546bd95cf82b499f599fc4",
            "diskOfferingUuid": "10e63c609dff80467f6988dec98d1394",
            "rootImageUuid": "dd18cd124ccd0b71e338659d09fa6412",
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
            "lastVmInstanceUuid": "fe625af3ec0aaec532d7d384fa75ff49"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func detachDataVolumeFromVm(
        _ request: DetachDataVolumeFromVm.Request
    ) async throws -> DetachDataVolumeFromVm.Response {
        try Self.example(DetachDataVolumeFromVm.Response.self, json: Self.detachDataVolumeFromVmExample)
    }
}
