public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetInterdependentL3NetworksImages``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getInterdependentL3NetworksImagesExample = #"""
        {
          "success": true,
          "inventories": [
            {}
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getInterdependentL3NetworksImages(
        _ request: GetInterdependentL3NetworksImages.Request
    ) async throws -> GetInterdependentL3NetworksImages.Response {
        try Self.example(GetInterdependentL3NetworksImages.Response.self, json: Self.getInterdependentL3NetworksImagesExample)
    }
}
