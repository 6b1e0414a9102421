public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryQuota``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryQuotaExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "name": "name",
              "identityUuid": "8acc3b8945d7b2181f3a4c60e31d63fb",
              "identityType": "identityType",
              "value": 1,
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
    public func queryQuota(
        _ request: QueryQuota.Request
    ) async throws -> QueryQuota.Response {
        try Self.example(QueryQuota.Response.self, json: Self.queryQuotaExample)
    }
}
