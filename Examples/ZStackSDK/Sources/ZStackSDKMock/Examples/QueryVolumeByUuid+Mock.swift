public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryVolumeByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryVolumeByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "2150979af7f5483b79179cdc9e47fe3f",
              "name": "name",
              "description": "description",
              "primaryStorageUuid": "514960fcb9df8642889cec42c9d4b40d",
              "vmInstanceUuid": "85a7ea0445bf3397f2f5204529b51d90",
              "diskOfferingUuid": "3a3bdea2269b6ed4df4336237078f9d5",
              "rootImageUuid": "861ec6ee883029f7bcf6b57b1f82a390",
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
              "lastVmInstanceUuid": "846e048b8fc3d6972220b452308f50e0"
            }
          ],
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func queryVolumeByUuid(
        _ request: QueryVolumeByUuid.Request
    ) async throws -> QueryVolumeByUuid.Response {
        try Self.example(QueryVolumeByUuid.Response.self, json: Self.queryVolumeByUuidExample)
    }
}
