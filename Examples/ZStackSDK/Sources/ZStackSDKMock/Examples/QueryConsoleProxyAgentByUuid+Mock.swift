public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryConsoleProxyAgentByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryConsoleProxyAgentByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "017ce27d5a40dfbac075a77717bceb03",
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
    public func queryConsoleProxyAgentByUuid(
        _ request: QueryConsoleProxyAgentByUuid.Request
    ) async throws -> QueryConsoleProxyAgentByUuid.Response {
        try Self.example(QueryConsoleProxyAgentByUuid.Response.self, json: Self.queryConsoleProxyAgentByUuidExample)
    }
}
