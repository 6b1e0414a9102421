public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryKvmHypervisorInfo``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryKvmHypervisorInfoExample = #"""
        {
          "inventories": [
            {
              "uuid": "a46056cd1ade57c714dce99559c8bfa4",
              "hypervisor": "hypervisor",
              "version": "version",
              "matchState": "matchState",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM"
            }
          ],
          "success": true,
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func queryKvmHypervisorInfo(
        _ request: QueryKvmHypervisorInfo.Request
    ) async throws -> QueryKvmHypervisorInfo.Response {
        try Self.example(QueryKvmHypervisorInfo.Response.self, json: Self.queryKvmHypervisorInfoExample)
    }
}
