public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetL3NetworkMtu``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getL3NetworkMtuExample = #"""
        {
          "mtu": 1,
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getL3NetworkMtu(
        _ request: GetL3NetworkMtu.Request
    ) async throws -> GetL3NetworkMtu.Response {
        try Self.example(GetL3NetworkMtu.Response.self, json: Self.getL3NetworkMtuExample)
    }
}
