public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteVniRange``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteVniRangeExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteVniRange(
        _ request: DeleteVniRange.Request
    ) async throws -> DeleteVniRange.Response {
        try Self.example(DeleteVniRange.Response.self, json: Self.deleteVniRangeExample)
    }
}
