public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetElaborations``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getElaborationsExample = #"""
        {
          "success": true,
          "contents": [
            {
              "category": "category",
              "code": "code",
              "regex": "regex",
              "message_cn": "message_cn",
              "message_en": "message_en",
              "source": "source",
              "method": "method",
              "distance": 1.5
            }
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getElaborations(
        _ request: GetElaborations.Request
    ) async throws -> GetElaborations.Response {
        try Self.example(GetElaborations.Response.self, json: Self.getElaborationsExample)
    }
}
