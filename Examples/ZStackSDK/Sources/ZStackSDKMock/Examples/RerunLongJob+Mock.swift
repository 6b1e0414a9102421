public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``RerunLongJob``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let rerunLongJobExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "ebc4706e9ce85df653c9a06978f93077",
            "name": "name",
            "description": "description",
            "apiId": "apiId",
            "jobName": "jobName",
            "jobData": "jobData",
            "jobResult": "jobResult",
            "state": "Waiting",
            "targetResourceUuid": "4d8307d4304054adf80b6831cc4705a4",
            "managementNodeUuid": "8c936d01fdd82adf78af06bb69c3ec1d",
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
    public func rerunLongJob(
        _ request: RerunLongJob.Request
    ) async throws -> RerunLongJob.Response {
        try Self.example(RerunLongJob.Response.self, json: Self.rerunLongJobExample)
    }
}
