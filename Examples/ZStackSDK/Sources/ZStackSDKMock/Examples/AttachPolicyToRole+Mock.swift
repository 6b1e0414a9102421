public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AttachPolicyToRole``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let attachPolicyToRoleExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func attachPolicyToRole(
        _ request: AttachPolicyToRole.Request
    ) async throws -> AttachPolicyToRole.Response {
        try Self.example(AttachPolicyToRole.Response.self, json: Self.attachPolicyToRoleExample)
    }
}
