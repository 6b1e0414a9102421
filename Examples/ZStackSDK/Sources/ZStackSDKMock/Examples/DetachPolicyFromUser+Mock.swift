public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DetachPolicyFromUser``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let detachPolicyFromUserExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func detachPolicyFromUser(
        _ request: DetachPolicyFromUser.Request
    ) async throws -> DetachPolicyFromUser.Response {
        try Self.example(DetachPolicyFromUser.Response.self, json: Self.detachPolicyFromUserExample)
    }
}
