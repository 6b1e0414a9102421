public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteLoadBalancerServerGroup``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteLoadBalancerServerGroupExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteLoadBalancerServerGroup(
        _ request: DeleteLoadBalancerServerGroup.Request
    ) async throws -> DeleteLoadBalancerServerGroup.Response {
        try Self.example(DeleteLoadBalancerServerGroup.Response.self, json: Self.deleteLoadBalancerServerGroupExample)
    }
}
