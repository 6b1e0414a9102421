public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetVmAttachableDataVolume``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getVmAttachableDataVolumeExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "da497a9260e2d2a95a738055a71948c5",
              "name": "name",
              "description": "description",
              "primaryStorageUuid": "16cc01e4783849a444e739f96853e0b7",
              "vmInstanceUuid": "c750b5df34f1e2ddc3ba6d5305f6b326",
              "diskOfferingUuid": "6ac6e9b33ba49dea36ab1a7b7a3429ec",
              "rootImageUuid": "8e80ed6939e40a0d75593279a396d083",
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
              "lastVmInstanceUuid": "8c7189bca26a567141cb73f18352f874"
            }
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getVmAttachableDataVolume(
        _ request: GetVmAttachableDataVolume.Request
    ) async throws -> GetVmAttachableDataVolume.Response {
        try Self.example(GetVmAttachableDataVolume.Response.self, json: Self.getVmAttachableDataVolumeExample)
    }
}
