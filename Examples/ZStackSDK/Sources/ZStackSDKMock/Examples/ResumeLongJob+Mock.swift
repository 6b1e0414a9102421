public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ResumeLongJob``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let resumeLongJobExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "4c041e5cec97516a3c305f8af99858c8",
            "name": "name",
            "description": "description",
            "apiId": "apiId",
            "jobName": "jobName",
            "jobData": "jobData",
            "jobResult": "jobResult",
            "state": "Waiting",
            "targetResourceUuid": "223415cd876330b1e979a647963d1366",
            "managementNodeUuid": "7fa510af5946800b4f378b52c1652823",
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
    public func resumeLongJob(
        _ request: ResumeLongJob.Request
    ) async throws -> ResumeLongJob.Response {
        try Self.example(ResumeLongJob.Response.self, json: Self.resumeLongJobExample)
    }
}
