public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ExpungeVmInstance``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let expungeVmInstanceExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func expungeVmInstance(
        _ request: ExpungeVmInstance.Request
    ) async throws -> ExpungeVmInstance.Response {
        try Self.example(ExpungeVmInstance.Response.self, json: Self.expungeVmInstanceExample)
    }
}
