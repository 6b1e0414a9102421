public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetVipUsedPorts``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getVipUsedPortsExample = #"""
        {
          "success": true,
          "inventories": [
            {}
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getVipUsedPorts(
        _ request: GetVipUsedPorts.Request
    ) async throws -> GetVipUsedPorts.Response {
        try Self.example(GetVipUsedPorts.Response.self, json: Self.getVipUsedPortsExample)
    }
}
