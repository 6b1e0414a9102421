public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryGCJobByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryGCJobByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "6e82b220a4d81dcb8a0096044d00eb70",
              "name": "name",
              "runnerClass": "runnerClass",
              "context": "context",
              "status": "status",
              "managementNodeUuid": "0333f393ebbf44866d7cd2b6a48b9afa",
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
    public func queryGCJobByUuid(
        _ request: QueryGCJobByUuid.Request
    ) async throws -> QueryGCJobByUuid.Response {
        try Self.example(QueryGCJobByUuid.Response.self, json: Self.queryGCJobByUuidExample)
    }
}
