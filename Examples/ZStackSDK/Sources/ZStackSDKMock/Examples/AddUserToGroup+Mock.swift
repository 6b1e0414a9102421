public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AddUserToGroup``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let addUserToGroupExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func addUserToGroup(
        _ request: AddUserToGroup.Request
    ) async throws -> AddUserToGroup.Response {
        try Self.example(AddUserToGroup.Response.self, json: Self.addUserToGroupExample)
    }
}
