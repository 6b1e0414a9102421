public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateDataVolumeFromVolumeTemplate``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createDataVolumeFromVolumeTemplateExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "e8be7d18df0e067b710fec462fadb769",
            "name": "name",
            "description": "description",
            "primaryStorageUuid": "1c1a40085c9d232a5bfdb5cfa35d07cf",
            "vmInstanceUuid": "08c48b712a1fae3fcc4a07eccb17a7c8",
            "diskOfferingUuid": "7d20c07e6ea40b549f13ef1c245e6941",
            "rootImageUuid": "f60fb93e375e5397416a9e8dfe881ae9",
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
            "lastVmInstanceUuid": "ea7f25543cf8816fd57de44d21bf7961"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func createDataVolumeFromVolumeTemplate(
        _ request: CreateDataVolumeFromVolumeTemplate.Request
    ) async throws -> CreateDataVolumeFromVolumeTemplate.Response {
        try Self.example(CreateDataVolumeFromVolumeTemplate.Response.self, json: Self.createDataVolumeFromVolumeTemplateExample)
    }
}
