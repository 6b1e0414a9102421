public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateConsoleProxyAgent``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateConsoleProxyAgentExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "a7cc8343b8926e35eb55df594527bfb4",
            "description": "description",
            "managementIp": "managementIp",
            "type": "type",
            "status": "status",
            "state": "state",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func updateConsoleProxyAgent(
        _ request: UpdateConsoleProxyAgent.Request
    ) async throws -> UpdateConsoleProxyAgent.Response {
        try Self.example(UpdateConsoleProxyAgent.Response.self, json: Self.updateConsoleProxyAgentExample)
    }
}
