public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteL2Network``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteL2NetworkExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteL2Network(
        _ request: DeleteL2Network.Request
    ) async throws -> DeleteL2Network.Response {
        try Self.example(DeleteL2Network.Response.self, json: Self.deleteL2NetworkExample)
    }
}
