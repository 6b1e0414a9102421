public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``SetL3NetworkRouterInterfaceIp``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let setL3NetworkRouterInterfaceIpExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func setL3NetworkRouterInterfaceIp(
        _ request: SetL3NetworkRouterInterfaceIp.Request
    ) async throws -> SetL3NetworkRouterInterfaceIp.Response {
        try Self.example(SetL3NetworkRouterInterfaceIp.Response.self, json: Self.setL3NetworkRouterInterfaceIpExample)
    }
}
