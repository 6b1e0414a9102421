public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteIpAddress``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteIpAddressExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteIpAddress(
        _ request: DeleteIpAddress.Request
    ) async throws -> DeleteIpAddress.Response {
        try Self.example(DeleteIpAddress.Response.self, json: Self.deleteIpAddressExample)
    }
}
