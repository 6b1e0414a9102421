public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteSecurityGroup``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteSecurityGroupExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteSecurityGroup(
        _ request: DeleteSecurityGroup.Request
    ) async throws -> DeleteSecurityGroup.Response {
        try Self.example(DeleteSecurityGroup.Response.self, json: Self.deleteSecurityGroupExample)
    }
}
