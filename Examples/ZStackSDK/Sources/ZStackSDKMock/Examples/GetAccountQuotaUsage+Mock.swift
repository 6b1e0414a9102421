public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetAccountQuotaUsage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getAccountQuotaUsageExample = #"""
        {
          "success": true,
          "usages": [
            {}
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getAccountQuotaUsage(
        _ request: GetAccountQuotaUsage.Request
    ) async throws -> GetAccountQuotaUsage.Response {
        try Self.example(GetAccountQuotaUsage.Response.self, json: Self.getAccountQuotaUsageExample)
    }
}
