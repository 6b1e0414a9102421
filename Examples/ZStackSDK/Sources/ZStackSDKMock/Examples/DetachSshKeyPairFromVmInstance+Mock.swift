public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DetachSshKeyPairFromVmInstance``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let detachSshKeyPairFromVmInstanceExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func detachSshKeyPairFromVmInstance(
        _ request: DetachSshKeyPairFromVmInstance.Request
    ) async throws -> DetachSshKeyPairFromVmInstance.Response {
        try Self.example(DetachSshKeyPairFromVmInstance.Response.self, json: Self.detachSshKeyPairFromVmInstanceExample)
    }
}
