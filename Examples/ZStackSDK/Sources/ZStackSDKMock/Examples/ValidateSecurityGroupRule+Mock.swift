public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ValidateSecurityGroupRule``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let validateSecurityGroupRuleExample = #"""
        {
          "available": true,
          "code": "code",
          "reason": "reason",
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func validateSecurityGroupRule(
        _ request: ValidateSecurityGroupRule.Request
    ) async throws -> ValidateSecurityGroupRule.Response {
        try Self.example(ValidateSecurityGroupRule.Response.self, json: Self.validateSecurityGroupRuleExample)
    }
}
