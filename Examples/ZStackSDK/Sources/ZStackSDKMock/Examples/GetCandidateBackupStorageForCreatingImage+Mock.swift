public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetCandidateBackupStorageForCreatingImage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getCandidateBackupStorageForCreatingImageExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "2f349e5748ad3c361a4ada44609689de",
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
    public func getCandidateBackupStorageForCreatingImage(
        _ request: GetCandidateBackupStorageForCreatingImage.Request
    ) async throws -> GetCandidateBackupStorageForCreatingImage.Response {
        try Self.example(GetCandidateBackupStorageForCreatingImage.Response.self, json: Self.getCandidateBackupStorageForCreatingImageExample)
    }
}
