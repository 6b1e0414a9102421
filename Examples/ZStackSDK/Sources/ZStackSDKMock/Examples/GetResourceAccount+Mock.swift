public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetResourceAccount``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getResourceAccountExample = #"""
        {
          "success": true,
          "inventories": {
            "key": {
              "uuid": "5d9d96a988c87805a4c097c8f5e04d06",
              "name": "name",
              "description": "description",
              "type": "type",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM"
            }
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getResourceAccount(
        _ request: GetResourceAccount.Request
    ) async throws -> GetResourceAccount.Response {
        try Self.example(GetResourceAccount.Response.self, json: Self.getResourceAccountExample)
    }
}
