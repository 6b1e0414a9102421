public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``RevokeResourceSharing``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let revokeResourceSharingExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func revokeResourceSharing(
        _ request: RevokeResourceSharing.Request
    ) async throws -> RevokeResourceSharing.Response {
        try Self.example(RevokeResourceSharing.Response.self, json: Self.revokeResourceSharingExample)
    }
}
