public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``SetL3NetworkMtu``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let setL3NetworkMtuExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func setL3NetworkMtu(
        _ request: SetL3NetworkMtu.Request
    ) async throws -> SetL3NetworkMtu.Response {
        try Self.example(SetL3NetworkMtu.Response.self, json: Self.setL3NetworkMtuExample)
    }
}
