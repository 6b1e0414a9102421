public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryGCJob``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryGCJobExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "58f2ae12fc58ff27aa706f569f2e096c",
              "name": "name",
              "runnerClass": "runnerClass",
              "context": "context",
              "status": "status",
              "managementNodeUuid": "032675d87097a97e2e72e5756a386c78",
              "type": "type",
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
    public func queryGCJob(
        _ request: QueryGCJob.Request
    ) async throws -> QueryGCJob.Response {
        try Self.example(QueryGCJob.Response.self, json: Self.queryGCJobExample)
    }
}
