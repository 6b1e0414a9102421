public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryLongJobByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryLongJobByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "cdbdd128d4613fc9c79c6b283e61ff14",
              "name": "name",
              "description": "description",
              "apiId": "apiId",
              "jobName": "jobName",
              "jobData": "jobData",
              "jobResult": "jobResult",
              "state": "Waiting",
              "targetResourceUuid": "4f77da76d2975d1e715fc9eb1f69da1d",
              "managementNodeUuid": "edc1add80b58be00b614d413714e35da",
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
    public func queryLongJobByUuid(
        _ request: QueryLongJobByUuid.Request
    ) async throws -> QueryLongJobByUuid.Response {
        try Self.example(QueryLongJobByUuid.Response.self, json: Self.queryLongJobByUuidExample)
    }
}
