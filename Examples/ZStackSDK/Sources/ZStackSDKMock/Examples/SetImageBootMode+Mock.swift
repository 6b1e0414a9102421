public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``SetImageBootMode``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let setImageBootModeExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func setImageBootMode(
        _ request: SetImageBootMode.Request
    ) async throws -> SetImageBootMode.Response {
        try Self.example(SetImageBootMode.Response.self, json: Self.setImageBootModeExample)
    }
}
