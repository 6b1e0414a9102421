public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateUserGroup``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createUserGroupExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "1a94b06e13e214ba05feef212dadd261",
            "accountUuid": "28df65f0f6a9cad071f3365e8ed7276f",
            "name": "name",
            "description": "description",
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
    public func createUserGroup(
        _ request: CreateUserGroup.Request
    ) async throws -> CreateUserGroup.Response {
        try Self.example(CreateUserGroup.Response.self, json: Self.createUserGroupExample)
    }
}
