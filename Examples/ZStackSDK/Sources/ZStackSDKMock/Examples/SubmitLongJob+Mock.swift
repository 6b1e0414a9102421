public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``SubmitLongJob``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let submitLongJobExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "ee0d827b59cd19f18df28130d746e8e2",
            "name": "name",
            "description": "description",
            "apiId": "apiId",
            "jobName": "jobName",
            "jobData": "jobData",
            "jobResult": "jobResult",
            "state": "Waiting",
            "targetResourceUuid": "1ac932d46bfed72e64b4c9874ce3c92e",
            "managementNodeUuid": "505a80ec22fb97dc1d0500dd158f607c",
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
    public func submitLongJob(
        _ request: SubmitLongJob.Request
    ) async throws -> SubmitLongJob.Response {
        try Self.example(SubmitLongJob.Response.self, json: Self.submitLongJobExample)
    }
}
