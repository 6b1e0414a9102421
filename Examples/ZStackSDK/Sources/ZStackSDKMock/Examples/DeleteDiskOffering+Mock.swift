public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteDiskOffering``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteDiskOfferingExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteDiskOffering(
        _ request: DeleteDiskOffering.Request
    ) async throws -> DeleteDiskOffering.Response {
        try Self.example(DeleteDiskOffering.Response.self, json: Self.deleteDiskOfferingExample)
    }
}
