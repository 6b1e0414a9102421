public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateLongJob``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateLongJobExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "a7d4bfdf0967389000ed79672fc6a025",
            "name": "name",
            "description": "description",
            "apiId": "apiId",
            "jobName": "jobName",
            "jobData": "jobData",
            "jobResult": "jobResult",
            "state": "Waiting",
            "targetResourceUuid": "d4eba6fd1921df6719aeb4f9019601c8",
            "managementNodeUuid": "15c3d804df27bfc15f8c43cbef7f3be7",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func updateLongJob(
        _ request: UpdateLongJob.Request
    ) async throws -> UpdateLongJob.Response {
        try Self.example(UpdateLongJob.Response.self, json: Self.updateLongJobExample)
    }
}
