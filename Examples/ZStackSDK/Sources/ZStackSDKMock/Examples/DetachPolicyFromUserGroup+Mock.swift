public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DetachPolicyFromUserGroup``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let detachPolicyFromUserGroupExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func detachPolicyFromUserGroup(
        _ request: DetachPolicyFromUserGroup.Request
    ) async throws -> DetachPolicyFromUserGroup.Response {
        try Self.example(DetachPolicyFromUserGroup.Response.self, json: Self.detachPolicyFromUserGroupExample)
    }
}
