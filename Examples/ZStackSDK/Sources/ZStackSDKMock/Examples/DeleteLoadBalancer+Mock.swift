public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteLoadBalancer``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteLoadBalancerExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteLoadBalancer(
        _ request: DeleteLoadBalancer.Request
    ) async throws -> DeleteLoadBalancer.Response {
        try Self.example(DeleteLoadBalancer.Response.self, json: Self.deleteLoadBalancerExample)
    }
}
