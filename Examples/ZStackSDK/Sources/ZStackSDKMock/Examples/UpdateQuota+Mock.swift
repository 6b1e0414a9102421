public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateQuota``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateQuotaExample = #"""
        {
          "success": true,
          "inventory": {
            "name": "name",
            "identityUuid": "f33fb2cc347018c3ead7b89b871b00e9",
            "identityType": "identityType",
            "value": 1,
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "createDate": "Jan 6, 2017 3:51:16 AM"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func updateQuota(
        _ request: UpdateQuota.Request
    ) async throws -> UpdateQuota.Response {
        try Self.example(UpdateQuota.Response.self, json: Self.updateQuotaExample)
    }
}
