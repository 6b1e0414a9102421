public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteUserGroup``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteUserGroupExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteUserGroup(
        _ request: DeleteUserGroup.Request
    ) async throws -> DeleteUserGroup.Response {
        try Self.example(DeleteUserGroup.Response.self, json: Self.deleteUserGroupExample)
    }
}
