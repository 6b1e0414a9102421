public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteInstanceOffering``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteInstanceOfferingExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteInstanceOffering(
        _ request: DeleteInstanceOffering.Request
    ) async throws -> DeleteInstanceOffering.Response {
        try Self.example(DeleteInstanceOffering.Response.self, json: Self.deleteInstanceOfferingExample)
    }
}
