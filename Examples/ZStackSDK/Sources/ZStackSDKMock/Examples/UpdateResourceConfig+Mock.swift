public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateResourceConfig``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateResourceConfigExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "2ed9c11b0f2321aaead4619df4b8a476",
            "resourceUuid": "21d5b421a76e689aebc85a3a4a959eb3",
            "resourceType": "resourceType",
            "name": "name",
            "description": "description",
            "category": "category",
            "value": "value",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func updateResourceConfig(
        _ request: UpdateResourceConfig.Request
    ) async throws -> UpdateResourceConfig.Response {
        try Self.example(UpdateResourceConfig.Response.self, json: Self.updateResourceConfigExample)
    }
}
