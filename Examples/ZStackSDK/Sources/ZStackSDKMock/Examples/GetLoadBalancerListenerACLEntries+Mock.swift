public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetLoadBalancerListenerACLEntries``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getLoadBalancerListenerACLEntriesExample = #"""
        {
          "success": true,
          "inventories": {
            "key": [
              {}
            ]
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getLoadBalancerListenerACLEntries(
        _ request: GetLoadBalancerListenerACLEntries.Request
    ) async throws -> GetLoadBalancerListenerACLEntries.Response {
        try Self.example(GetLoadBalancerListenerACLEntries.Response.self, json: Self.getLoadBalancerListenerACLEntriesExample)
    }
}
