public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``RemoveUserFromGroup``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let removeUserFromGroupExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func removeUserFromGroup(
        _ request: RemoveUserFromGroup.Request
    ) async throws -> RemoveUserFromGroup.Response {
        try Self.example(RemoveUserFromGroup.Response.self, json: Self.removeUserFromGroupExample)
    }
}
