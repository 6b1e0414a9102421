public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateUserGroup``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateUserGroupExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "037390678a6c0acfe9b1f5a5960da720",
            "accountUuid": "f1053bd3c6ce73d32ef7fa625b341084",
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
    public func updateUserGroup(
        _ request: UpdateUserGroup.Request
    ) async throws -> UpdateUserGroup.Response {
        try Self.example(UpdateUserGroup.Response.self, json: Self.updateUserGroupExample)
    }
}
