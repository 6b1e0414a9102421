public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CheckElaborationContent``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let checkElaborationContentExample = #"""
        {
          "success": true,
          "results": [
            {
              "fileName": "fileName",
              "content": "content",
              "reason": "reason"
            }
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func checkElaborationContent(
        _ request: CheckElaborationContent.Request
    ) async throws -> CheckElaborationContent.Response {
        try Self.example(CheckElaborationContent.Response.self, json: Self.checkElaborationContentExample)
    }
}
