public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``KvmRunShell``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let kvmRunShellExample = #"""
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
    public func kvmRunShell(
        _ request: KvmRunShell.Request
    ) async throws -> KvmRunShell.Response {
        try Self.example(KvmRunShell.Response.self, json: Self.kvmRunShellExample)
    }
}
