public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AttachDataVolumeToVm``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let attachDataVolumeToVmExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "9b7c0c3b7b1d23ba4706b4b99b63b1ec",
            "name": "name",
            "description": "description",
            "primaryStorageUuid": "34f9ba408a6d44ffcfc76f11f3d6170a",
            "vmInstanceUuid": "d7d305baf8838c32a3c410b13dc42658",
            "diskOfferingUuid": "e5b9383d734ed9f9cbedaeff369d4861",
            "rootImageUuid": "d93fca737486bea094fc45aadd5f3f6f",
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
            "lastVmInstanceUuid": "b94ce868acec84da4672aa66eaba662c"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func attachDataVolumeToVm(
        _ request: AttachDataVolumeToVm.Request
    ) async throws -> AttachDataVolumeToVm.Response {
        try Self.example(AttachDataVolumeToVm.Response.self, json: Self.attachDataVolumeToVmExample)
    }
}
