public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetCandidateBackupStorageForCreatingImageByVolumeUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getCandidateBackupStorageForCreatingImageByVolumeUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "4924a1183ad04702699e9485c771745e",
              "name": "name",
              "url": "url",
              "description": "description",
              "totalCapacity": 1,
              "availableCapacity": 1,
              "type": "type",
              "state": "state",
              "status": "status",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "attachedZoneUuids": [
                "attachedZoneUuids"
              ]
            }
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getCandidateBackupStorageForCreatingImageByVolumeUuid(
        _ request: GetCandidateBackupStorageForCreatingImageByVolumeUuid.Request
    ) async throws -> GetCandidateBackupStorageForCreatingImageByVolumeUuid.Response {
        try Self.example(GetCandidateBackupStorageForCreatingImageByVolumeUuid.Response.self, json: Self.getCandidateBackupStorageForCreatingImageByVolumeUuidExample)
    }
}
