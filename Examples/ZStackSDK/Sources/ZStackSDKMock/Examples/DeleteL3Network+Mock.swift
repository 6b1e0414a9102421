public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteL3Network``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteL3NetworkExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteL3Network(
        _ request: DeleteL3Network.Request
    ) async throws -> DeleteL3Network.Response {
        try Self.example(DeleteL3Network.Response.self, json: Self.deleteL3NetworkExample)
    }
}
