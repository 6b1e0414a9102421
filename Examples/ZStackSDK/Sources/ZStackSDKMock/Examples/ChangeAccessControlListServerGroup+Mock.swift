public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ChangeAccessControlListServerGroup``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let changeAccessControlListServerGroupExample = #"""
        {
          "success": true,
          "inventory": {}
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func changeAccessControlListServerGroup(
        _ request: ChangeAccessControlListServerGroup.Request
    ) async throws -> ChangeAccessControlListServerGroup.Response {
        try Self.example(ChangeAccessControlListServerGroup.Response.self, json: Self.changeAccessControlListServerGroupExample)
    }
}
