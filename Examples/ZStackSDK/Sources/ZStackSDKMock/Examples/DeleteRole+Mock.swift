public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteRole``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteRoleExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteRole(
        _ request: DeleteRole.Request
    ) async throws -> DeleteRole.Response {
        try Self.example(DeleteRole.Response.self, json: Self.deleteRoleExample)
    }
}
