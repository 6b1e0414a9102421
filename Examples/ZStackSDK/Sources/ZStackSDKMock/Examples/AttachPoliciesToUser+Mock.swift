public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AttachPoliciesToUser``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let attachPoliciesToUserExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func attachPoliciesToUser(
        _ request: AttachPoliciesToUser.Request
    ) async throws -> AttachPoliciesToUser.Response {
        try Self.example(AttachPoliciesToUser.Response.self, json: Self.attachPoliciesToUserExample)
    }
}
