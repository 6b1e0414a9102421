public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``RemoveAccessControlListEntry``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let removeAccessControlListEntryExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func removeAccessControlListEntry(
        _ request: RemoveAccessControlListEntry.Request
    ) async throws -> RemoveAccessControlListEntry.Response {
        try Self.example(RemoveAccessControlListEntry.Response.self, json: Self.removeAccessControlListEntryExample)
    }
}
