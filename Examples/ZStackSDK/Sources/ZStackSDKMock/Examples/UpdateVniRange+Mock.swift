public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateVniRange``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateVniRangeExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func updateVniRange(
        _ request: UpdateVniRange.Request
    ) async throws -> UpdateVniRange.Response {
        try Self.example(UpdateVniRange.Response.self, json: Self.updateVniRangeExample)
    }
}
