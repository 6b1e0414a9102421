public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``SetVmHostname``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let setVmHostnameExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func setVmHostname(
        _ request: SetVmHostname.Request
    ) async throws -> SetVmHostname.Response {
        try Self.example(SetVmHostname.Response.self, json: Self.setVmHostnameExample)
    }
}
