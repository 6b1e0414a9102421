public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryVmPriorityConfigByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryVmPriorityConfigByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "015c9443c2035be0b08c363aa4bc62e8",
              "accountUuid": "7bf5dde06278109e01279047b513c387",
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
    public func queryVmPriorityConfigByUuid(
        _ request: QueryVmPriorityConfigByUuid.Request
    ) async throws -> QueryVmPriorityConfigByUuid.Response {
        try Self.example(QueryVmPriorityConfigByUuid.Response.self, json: Self.queryVmPriorityConfigByUuidExample)
    }
}
