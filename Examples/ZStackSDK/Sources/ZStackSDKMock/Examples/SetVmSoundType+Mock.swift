public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``SetVmSoundType``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let setVmSoundTypeExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func setVmSoundType(
        _ request: SetVmSoundType.Request
    ) async throws -> SetVmSoundType.Response {
        try Self.example(SetVmSoundType.Response.self, json: Self.setVmSoundTypeExample)
    }
}
