public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DetachPolicyFromRole``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let detachPolicyFromRoleExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func detachPolicyFromRole(
        _ request: DetachPolicyFromRole.Request
    ) async throws -> DetachPolicyFromRole.Response {
        try Self.example(DetachPolicyFromRole.Response.self, json: Self.detachPolicyFromRoleExample)
    }
}
