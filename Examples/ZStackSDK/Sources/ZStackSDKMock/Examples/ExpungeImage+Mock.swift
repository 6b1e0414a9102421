public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ExpungeImage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let expungeImageExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func expungeImage(
        _ request: ExpungeImage.Request
    ) async throws -> ExpungeImage.Response {
        try Self.example(ExpungeImage.Response.self, json: Self.expungeImageExample)
    }
}
