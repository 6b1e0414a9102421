public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateUser``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateUserExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "5fce101ee2e4699f535c275494a712fd",
            "accountUuid": "37fe9fbdc972dbb3e3ed745c65681919",
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
    public func updateUser(
        _ request: UpdateUser.Request
    ) async throws -> UpdateUser.Response {
        try Self.example(UpdateUser.Response.self, json: Self.updateUserExample)
    }
}
