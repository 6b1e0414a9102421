public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AttachPolicyToUser``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let attachPolicyToUserExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func attachPolicyToUser(
        _ request: AttachPolicyToUser.Request
    ) async throws -> AttachPolicyToUser.Response {
        try Self.example(AttachPolicyToUser.Response.self, json: Self.attachPolicyToUserExample)
    }
}
