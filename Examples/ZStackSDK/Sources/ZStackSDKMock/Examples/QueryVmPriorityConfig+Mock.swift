public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryVmPriorityConfig``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryVmPriorityConfigExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "05a33b8f9486b7f051044d5417972328",
              "accountUuid": "5138fe7a03562e5e31cd165af23b0fce",
              "level": {},
              "cpuShares": 1,
              "oomScoreAdj": 1,
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
    public func queryVmPriorityConfig(
        _ request: QueryVmPriorityConfig.Request
    ) async throws -> QueryVmPriorityConfig.Response {
        try Self.example(QueryVmPriorityConfig.Response.self, json: Self.queryVmPriorityConfigExample)
    }
}
