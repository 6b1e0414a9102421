public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteUser``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteUserExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteUser(
        _ request: DeleteUser.Request
    ) async throws -> DeleteUser.Response {
        try Self.example(DeleteUser.Response.self, json: Self.deleteUserExample)
    }
}
