public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``FstrimVm``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let fstrimVmExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func fstrimVm(
        _ request: FstrimVm.Request
    ) async throws -> FstrimVm.Response {
        try Self.example(FstrimVm.Response.self, json: Self.fstrimVmExample)
    }
}
