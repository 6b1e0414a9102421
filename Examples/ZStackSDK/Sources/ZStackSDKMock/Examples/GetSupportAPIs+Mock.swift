public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetSupportAPIs``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getSupportAPIsExample = #"""
        {
          "supportApis": [
            "supportApis"
          ],
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getSupportAPIs(
        _ request: GetSupportAPIs.Request
    ) async throws -> GetSupportAPIs.Response {
        try Self.example(GetSupportAPIs.Response.self, json: Self.getSupportAPIsExample)
    }
}
