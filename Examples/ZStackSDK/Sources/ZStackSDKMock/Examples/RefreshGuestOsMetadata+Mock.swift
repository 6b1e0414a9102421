public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``RefreshGuestOsMetadata``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let refreshGuestOsMetadataExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func refreshGuestOsMetadata(
        _ request: RefreshGuestOsMetadata.Request
    ) async throws -> RefreshGuestOsMetadata.Response {
        try Self.example(RefreshGuestOsMetadata.Response.self, json: Self.refreshGuestOsMetadataExample)
    }
}
