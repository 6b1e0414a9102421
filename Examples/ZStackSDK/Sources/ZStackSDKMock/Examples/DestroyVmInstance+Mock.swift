public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DestroyVmInstance``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let destroyVmInstanceExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func destroyVmInstance(
        _ request: DestroyVmInstance.Request
    ) async throws -> DestroyVmInstance.Response {
        try Self.example(DestroyVmInstance.Response.self, json: Self.destroyVmInstanceExample)
    }
}
