public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteZone``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteZoneExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteZone(
        _ request: DeleteZone.Request
    ) async throws -> DeleteZone.Response {
        try Self.example(DeleteZone.Response.self, json: Self.deleteZoneExample)
    }
}
