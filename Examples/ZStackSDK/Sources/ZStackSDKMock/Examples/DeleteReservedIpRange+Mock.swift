public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteReservedIpRange``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteReservedIpRangeExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteReservedIpRange(
        _ request: DeleteReservedIpRange.Request
    ) async throws -> DeleteReservedIpRange.Response {
        try Self.example(DeleteReservedIpRange.Response.self, json: Self.deleteReservedIpRangeExample)
    }
}
