public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryUserGroup``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryUserGroupExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "f277113187d794b0119e35dc270b7ffc",
              "accountUuid": "c9282ea82409c4fea8b8afcfd42cc3be",
              "name": "name",
              "description": "description",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM"
            }
          ],
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func queryUserGroup(
        _ request: QueryUserGroup.Request
    ) async throws -> QueryUserGroup.Response {
        try Self.example(QueryUserGroup.Response.self, json: Self.queryUserGroupExample)
    }
}
