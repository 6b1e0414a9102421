public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryConsoleProxyAgent``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryConsoleProxyAgentExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "6f76a437b310c0d606e75d8d73e5494d",
              "description": "description",
              "managementIp": "managementIp",
              "type": "type",
              "status": "status",
              "state": "state",
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
    public func queryConsoleProxyAgent(
        _ request: QueryConsoleProxyAgent.Request
    ) async throws -> QueryConsoleProxyAgent.Response {
        try Self.example(QueryConsoleProxyAgent.Response.self, json: Self.queryConsoleProxyAgentExample)
    }
}
