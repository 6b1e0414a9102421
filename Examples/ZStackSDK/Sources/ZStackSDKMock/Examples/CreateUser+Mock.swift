public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateUser``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createUserExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "451fa879e4d0508441ab2e2b27ed9ac6",
            "accountUuid": "a6558ab499913b8a658ddcee2f325363",
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
    public func createUser(
        _ request: CreateUser.Request
    ) async throws -> CreateUser.Response {
        try Self.example(CreateUser.Response.self, json: Self.createUserExample)
    }
}
