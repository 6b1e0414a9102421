public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteVmNicFromSecurityGroup``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteVmNicFromSecurityGroupExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteVmNicFromSecurityGroup(
        _ request: DeleteVmNicFromSecurityGroup.Request
    ) async throws -> DeleteVmNicFromSecurityGroup.Response {
        try Self.example(DeleteVmNicFromSecurityGroup.Response.self, json: Self.deleteVmNicFromSecurityGroupExample)
    }
}
