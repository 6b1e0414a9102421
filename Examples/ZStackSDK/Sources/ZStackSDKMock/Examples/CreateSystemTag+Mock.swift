public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateSystemTag``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createSystemTagExample = #"""
        {
          "success": true,
          "inventory": {
            "inherent": true,
            "uuid": "0fb1135452f19c3157c03836db65966a",
            "resourceUuid": "a7d035b16216cd1dc7ba1d7347afa199",
            "resourceType": "resourceType",
            "tag": "tag",
            "type": "type",
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
    public func createSystemTag(
        _ request: CreateSystemTag.Request
    ) async throws -> CreateSystemTag.Response {
        try Self.example(CreateSystemTag.Response.self, json: Self.createSystemTagExample)
    }
}
