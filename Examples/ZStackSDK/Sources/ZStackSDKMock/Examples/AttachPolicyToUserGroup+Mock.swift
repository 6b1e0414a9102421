public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AttachPolicyToUserGroup``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let attachPolicyToUserGroupExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func attachPolicyToUserGroup(
        _ request: AttachPolicyToUserGroup.Request
    ) async throws -> AttachPolicyToUserGroup.Response {
        try Self.example(AttachPolicyToUserGroup.Response.self, json: Self.attachPolicyToUserGroupExample)
    }
}
