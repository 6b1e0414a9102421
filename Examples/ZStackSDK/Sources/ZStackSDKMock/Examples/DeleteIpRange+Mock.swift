public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteIpRange``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteIpRangeExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteIpRange(
        _ request: DeleteIpRange.Request
    ) async throws -> DeleteIpRange.Response {
        try Self.example(DeleteIpRange.Response.self, json: Self.deleteIpRangeExample)
    }
}
