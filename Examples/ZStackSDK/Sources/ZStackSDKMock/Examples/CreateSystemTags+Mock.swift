public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateSystemTags``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createSystemTagsExample = #"""
        {
          "inventories": [
            {
              "inherent": true,
              "uuid": "535dd229a9912dcc08a348b6be32b2b7",
              "resourceUuid": "3921a53554587030006d2592d269defd",
              "resourceType": "resourceType",
              "tag": "tag",
              "type": "type",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM"
            }
          ],
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func createSystemTags(
        _ request: CreateSystemTags.Request
    ) async throws -> CreateSystemTags.Response {
        try Self.example(CreateSystemTags.Response.self, json: Self.createSystemTagsExample)
    }
}
