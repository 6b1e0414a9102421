public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetL3NetworkRouterInterfaceIp``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getL3NetworkRouterInterfaceIpExample = #"""
        {
          "routerInterfaceIp": "routerInterfaceIp",
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getL3NetworkRouterInterfaceIp(
        _ request: GetL3NetworkRouterInterfaceIp.Request
    ) async throws -> GetL3NetworkRouterInterfaceIp.Response {
        try Self.example(GetL3NetworkRouterInterfaceIp.Response.self, json: Self.getL3NetworkRouterInterfaceIpExample)
    }
}
