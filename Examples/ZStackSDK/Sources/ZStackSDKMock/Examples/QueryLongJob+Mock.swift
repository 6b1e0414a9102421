public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryLongJob``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryLongJobExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "61c58786f12bc3d9587ff503a48c3f49",
              "name": "name",
              "description": "description",
              "apiId": "apiId",
              "jobName": "jobName",
              "jobData": "jobData",
              "jobResult": "jobResult",
              "state": "Waiting",
              "targetResourceUuid": "61cbc3220dc4acfe2e44b7be07ef67f7",
              "managementNodeUuid": "50b801dbf464a97cc7b6b32193e18fe9",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM"
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
    public func queryLongJob(
        _ request: QueryLongJob.Request
    ) async throws -> QueryLongJob.Response {
        try Self.example(QueryLongJob.Response.self, json: Self.queryLongJobExample)
    }
}
