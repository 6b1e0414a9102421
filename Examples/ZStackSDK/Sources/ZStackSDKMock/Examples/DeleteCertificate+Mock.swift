public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteCertificate``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteCertificateExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteCertificate(
        _ request: DeleteCertificate.Request
    ) async throws -> DeleteCertificate.Response {
        try Self.example(DeleteCertificate.Response.self, json: Self.deleteCertificateExample)
    }
}
