public import MatrixAPI

nonisolated extension MatrixMockHandler {
    /// The reply of ``GetResourceConfig``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getResourceConfigExample = #"""
        {
          "answeredBy": "answeredBy",
          "category": "category",
          "name": "name",
          "resourceUuid": "74bdb54797b864c44e58960891de7170"
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getResourceConfig(
        _ request: GetResourceConfig.Request
    ) async throws -> GetResourceConfig.Response {
        try Self.example(GetResourceConfig.Response.self, json: Self.getResourceConfigExample)
    }
}
