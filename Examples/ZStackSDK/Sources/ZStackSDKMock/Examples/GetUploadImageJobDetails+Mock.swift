public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetUploadImageJobDetails``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getUploadImageJobDetailsExample = #"""
        {
          "existingJobDetails": [
            {}
          ],
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getUploadImageJobDetails(
        _ request: GetUploadImageJobDetails.Request
    ) async throws -> GetUploadImageJobDetails.Response {
        try Self.example(GetUploadImageJobDetails.Response.self, json: Self.getUploadImageJobDetailsExample)
    }
}
