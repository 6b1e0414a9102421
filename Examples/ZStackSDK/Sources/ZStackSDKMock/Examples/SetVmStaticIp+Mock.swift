public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``SetVmStaticIp``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let setVmStaticIpExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func setVmStaticIp(
        _ request: SetVmStaticIp.Request
    ) async throws -> SetVmStaticIp.Response {
        try Self.example(SetVmStaticIp.Response.self, json: Self.setVmStaticIpExample)
    }
}
