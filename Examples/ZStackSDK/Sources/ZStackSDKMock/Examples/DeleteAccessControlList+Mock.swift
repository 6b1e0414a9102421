public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteAccessControlList``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteAccessControlListExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteAccessControlList(
        _ request: DeleteAccessControlList.Request
    ) async throws -> DeleteAccessControlList.Response {
        try Self.example(DeleteAccessControlList.Response.self, json: Self.deleteAccessControlListExample)
    }
}
