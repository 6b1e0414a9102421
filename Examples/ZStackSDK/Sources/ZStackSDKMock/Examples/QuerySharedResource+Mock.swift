public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QuerySharedResource``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let querySharedResourceExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "ownerAccountUuid": "57fdf65507dbe07e074978ce093b7d2c",
              "receiverAccountUuid": "018c356afa7685a960696a2c7ee15bef",
              "toPublic": true,
              "resourceType": "resourceType",
              "resourceUuid": "a696fa514c4f8320f6b9db6ec7cb2284",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "createDate": "Jan 6, 2017 3:51:16 AM"
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
    public func querySharedResource(
        _ request: QuerySharedResource.Request
    ) async throws -> QuerySharedResource.Response {
        try Self.example(QuerySharedResource.Response.self, json: Self.querySharedResourceExample)
    }
}
