public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteImage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteImageExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteImage(
        _ request: DeleteImage.Request
    ) async throws -> DeleteImage.Response {
        try Self.example(DeleteImage.Response.self, json: Self.deleteImageExample)
    }
}
