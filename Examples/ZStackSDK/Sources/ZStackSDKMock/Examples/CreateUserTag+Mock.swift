public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateUserTag``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createUserTagExample = #"""
        {
          "success": true,
          "inventory": {
            "tagPatternUuid": "52afcf96b67fdc7df8762337011e5ebc",
            "tagPattern": {
              "uuid": "4f56070e1e3cb63a7b989d9554ee6bc2",
              "name": "name",
              "value": "value",
              "description": "description",
              "color": "color",
              "type": {
                "name": "name",
                "ordinal": 1
              },
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM"
            },
            "uuid": "313a17986b9cbd29bd629f058b779b5e",
            "resourceUuid": "59798dfb9878bf59fc50e9c91f329693",
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
    public func createUserTag(
        _ request: CreateUserTag.Request
    ) async throws -> CreateUserTag.Response {
        try Self.example(CreateUserTag.Response.self, json: Self.createUserTagExample)
    }
}
