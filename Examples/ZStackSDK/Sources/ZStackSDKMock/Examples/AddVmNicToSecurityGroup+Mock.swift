public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AddVmNicToSecurityGroup``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let addVmNicToSecurityGroupExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func addVmNicToSecurityGroup(
        _ request: AddVmNicToSecurityGroup.Request
    ) async throws -> AddVmNicToSecurityGroup.Response {
        try Self.example(AddVmNicToSecurityGroup.Response.self, json: Self.addVmNicToSecurityGroupExample)
    }
}
