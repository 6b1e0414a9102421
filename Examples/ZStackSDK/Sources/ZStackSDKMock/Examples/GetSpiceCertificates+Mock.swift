public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetSpiceCertificates``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getSpiceCertificatesExample = #"""
        {
          "success": true,
          "certificateStr": "certificateStr"
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getSpiceCertificates(
        _ request: GetSpiceCertificates.Request
    ) async throws -> GetSpiceCertificates.Response {
        try Self.example(GetSpiceCertificates.Response.self, json: Self.getSpiceCertificatesExample)
    }
}
