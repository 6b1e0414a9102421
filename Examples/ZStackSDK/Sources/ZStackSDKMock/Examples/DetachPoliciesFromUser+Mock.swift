public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DetachPoliciesFromUser``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let detachPoliciesFromUserExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func detachPoliciesFromUser(
        _ request: DetachPoliciesFromUser.Request
    ) async throws -> DetachPoliciesFromUser.Response {
        try Self.example(DetachPoliciesFromUser.Response.self, json: Self.detachPoliciesFromUserExample)
    }
}
