public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ReconnectConsoleProxyAgent``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let reconnectConsoleProxyAgentExample = #"""
        {
          "success": true,
          "inventory": {
            "key": {}
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func reconnectConsoleProxyAgent(
        _ request: ReconnectConsoleProxyAgent.Request
    ) async throws -> ReconnectConsoleProxyAgent.Response {
        try Self.example(ReconnectConsoleProxyAgent.Response.self, json: Self.reconnectConsoleProxyAgentExample)
    }
}
