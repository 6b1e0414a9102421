public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetElaborationCategories``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getElaborationCategoriesExample = #"""
        {
          "success": true,
          "categories": [
            {
              "category": "category",
              "num": 1
            }
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getElaborationCategories(
        _ request: GetElaborationCategories.Request
    ) async throws -> GetElaborationCategories.Response {
        try Self.example(GetElaborationCategories.Response.self, json: Self.getElaborationCategoriesExample)
    }
}
